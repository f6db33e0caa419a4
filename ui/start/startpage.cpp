#include "startpage.h"

#include "../recentfiles.h"
#include "monthtargetschart.h"
#include "plan/choices.h"
#include "plan/format.h"
#include "recentplanfigures.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace salesplan::ui {

namespace {

// The two lines of a recent plan's row: its name and year, then its annual target, status and
// when its file was last changed. A file that is gone or cannot be read says so.
QString describeRecentPlan(const QString &path, const std::optional<RecentPlanFigures> &figures)
{
    const QFileInfo info(path);
    const QString where = QDir::toNativeSeparators(path);
    if (!info.exists())
        return StartPage::tr("%1 — missing\n%2").arg(info.fileName(), where);
    if (!figures)
        return StartPage::tr("%1 — cannot be read\n%2").arg(info.fileName(), where);
    const QString edited = QLocale().toString(figures->lastModified, QLocale::ShortFormat);
    //: A recent plan on the start page: its name and year, then its annual target, status, the
    //: time it was last edited and its file.
    return StartPage::tr("%1 (%2)\nTarget %3 · %4 · edited %5 · %6")
        .arg(figures->name)
        .arg(figures->year)
        .arg(formatPlanAmount(figures->annualTarget), choiceName(figures->status), edited, where);
}

// Room for a row's two lines beside its chart, with a Chinese fallback font's taller lines in a
// Latin font's row.
QSize rowSize(const QString &text, QSize chartSize)
{
    const QFontMetrics metrics{QFont()};
    int width = 0;
    for (const QString &line : text.split(u'\n'))
        width = qMax(width, metrics.horizontalAdvance(line));
    return {chartSize.width() + width + 24, metrics.lineSpacing() * 5 / 2};
}

QPushButton *startButton(const QString &text, const char *objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(objectName));
    button->setMinimumWidth(180);
    return button;
}

} // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("startPage"));
    auto *title = new QLabel(tr("No plan is open"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    title->setFont(font);

    QPushButton *newPlan = startButton(tr("New Plan…"), "startNewPlan", this);
    QPushButton *fromTemplate = startButton(tr("New from Template…"), "startFromTemplate", this);
    QPushButton *sample = startButton(tr("Open Sample"), "startOpenSample", this);
    QPushButton *open = startButton(tr("Open…"), "startOpen", this);
    connect(newPlan, &QPushButton::clicked, this, &StartPage::newPlanRequested);
    connect(fromTemplate, &QPushButton::clicked, this, &StartPage::templateRequested);
    connect(sample, &QPushButton::clicked, this, &StartPage::sampleRequested);
    connect(open, &QPushButton::clicked, this, &StartPage::openRequested);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {newPlan, fromTemplate, sample, open})
        buttons->addWidget(button);
    buttons->addStretch(1);

    auto *recentTitle = new QLabel(tr("&Recent plans"), this);
    recentTitle->setBuddy(m_recent);
    m_recent->setObjectName(QStringLiteral("recentPlans"));
    m_recent->setAccessibleName(tr("Recent plans"));
    m_recent->setSpacing(4);
    // A month targets' chart beside each plan's two lines, as high as they are.
    const int lineSpacing = QFontMetrics(QFont()).lineSpacing();
    m_recent->setIconSize(QSize(lineSpacing * 4, lineSpacing * 2));
    m_recent->setAlternatingRowColors(true);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit recentChosen(item->data(Qt::UserRole).toString());
    });
    auto *dropHint = new QLabel(tr("Double-click a plan to open it, or drop a .salesplan or .json "
                                   "file anywhere on this window."),
                                this);
    dropHint->setWordWrap(true);
    auto *recent = new QVBoxLayout;
    recent->addWidget(recentTitle);
    recent->addWidget(m_recent, 1);
    recent->addWidget(dropHint);

    auto *columns = new QHBoxLayout;
    columns->addLayout(buttons);
    columns->addSpacing(24);
    columns->addLayout(recent, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(title);
    layout->addSpacing(12);
    layout->addLayout(columns, 1);
    refresh();
}

void StartPage::refresh()
{
    m_recent->clear();
    const QStringList files = RecentFiles::list();
    for (const QString &path : files) {
        const std::optional<RecentPlanFigures> figures = recentPlanFigures(path);
        auto *item = new QListWidgetItem(describeRecentPlan(path, figures), m_recent);
        item->setData(Qt::UserRole, path);
        if (figures && figures->monthTargets)
            item->setIcon(monthTargetsChart(
                *figures->monthTargets, path + figures->lastModified.toString(Qt::ISODateWithMs),
                m_recent->iconSize(), palette(), devicePixelRatioF()));
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setSizeHint(rowSize(item->text(), m_recent->iconSize()));
        if (!QFileInfo::exists(path))
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    if (files.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No recent plans yet"), m_recent);
        none->setFlags(Qt::NoItemFlags);
    }
}

} // namespace salesplan::ui
