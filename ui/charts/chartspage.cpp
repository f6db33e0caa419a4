#include "charts/chartspage.h"

#include "charts/chartview.h"
#include "document/plandocument.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace salesplan::ui {

ChartsPage::ChartsPage(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_dark(new QCheckBox(tr("&Dark background (for a projector)"), this))
{
    setObjectName(QStringLiteral("chartsPage"));
    m_dark->setObjectName(QStringLiteral("charts.dark"));
    m_dark->setAccessibleName(tr("Dark background for the charts"));
    connect(m_dark, &QCheckBox::toggled, this, &ChartsPage::setDark);

    auto *grid = new QWidget;
    auto *gridLayout = new QGridLayout(grid);
    gridLayout->setSpacing(12);
    QList<ChartSpec> charts = allCharts();
    // The KPI board is tiles, not a chart: the Review page shows it.
    charts.removeIf([](const ChartSpec &spec) {
        return spec.kind == ChartKind::KpiBoard || spec.kind == ChartKind::Timeline;
    });
    for (int i = 0; i < charts.size(); ++i) {
        auto *view = new ChartView(document, charts.at(i), grid);
        view->setMinimumHeight(380);
        gridLayout->addWidget(view, i / 2, i % 2);
        m_views.append(view);
    }
    gridLayout->setColumnStretch(0, 1);
    gridLayout->setColumnStretch(1, 1);
    showTeamCharts(document);
    connect(document, &PlanDocument::changed, this, [this, document](PlanChanges changes) {
        if (changes & PlanPart::Targets)
            showTeamCharts(document);
    });
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("charts.scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(grid);

    auto *title = new QLabel(tr("<b>Charts</b> — point at a bar, a point or a slice for its "
                                "exact figure"),
                             this);
    auto *top = new QHBoxLayout;
    top->addWidget(title, 1);
    top->addWidget(m_dark);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
}

void ChartsPage::showTeamCharts(const PlanDocument *document)
{
    const bool team = !document->plan().units.isEmpty();
    for (ChartView *view : std::as_const(m_views)) {
        if (isTeamChart(view->spec()))
            view->setVisible(team);
    }
}

bool ChartsPage::isDark() const
{
    return m_dark->isChecked();
}

void ChartsPage::setDark(bool dark)
{
    if (m_dark->isChecked() != dark) {
        m_dark->setChecked(dark); // calls back here through toggled
        return;
    }
    const ChartTheme theme = dark ? ChartTheme::darkTheme() : ChartTheme::light();
    for (ChartView *view : std::as_const(m_views))
        view->setChartTheme(theme);
}

} // namespace salesplan::ui
