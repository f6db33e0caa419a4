#pragma once

#include "calc/attainment.h"
#include "charts/chartbuilders.h"
#include "plan/plan.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace salesplan {
struct PlanReview;
struct PlanSummary;
} // namespace salesplan

namespace salesplan::ui {

class RefreshWhenShown;

class PlanDocument;

// One tile of the KPI board: a KPI (or the company's revenue) in the reviewed month.
struct KpiTile
{
    QString name;
    QString actual; // in the KPI's own form: ¥1,250万, 35 %, 715; "No data" when none
    QString target;
    Light light = Light::NoData;
    bool lowerIsBetter = false;
    bool operator==(const KpiTile &) const = default;
};

// The tiles of the board for a review: the company's revenue year to date first, then each KPI
// of the plan in its order.
QList<KpiTile> kpiBoardTiles(const PlanReview &review, const Plan &plan);
// The tiles of the summary's review (the last month with actuals); none without it.
QList<KpiTile> kpiBoardTiles(const Plan &plan, const PlanSummary &summary);

// Paints the tiles into `rect` as a grid, each with its light as a coloured band and in words:
// the names in `font`, the actuals larger. A tile is about eight lines of `font` tall, so a tall
// rect is not filled with stretched tiles. The Review page, the deck slide and the PDF paint it.
void paintKpiBoard(QPainter *painter, const QRectF &rect, const QList<KpiTile> &tiles,
                   const ChartTheme &theme, const QFont &font);
// The height the board takes at `width` in `font`.
qreal kpiBoardHeight(int tileCount, qreal width, const QFont &font);

// The KPI board of a plan at a month, for the Review page: follows the document's edits.
class KpiBoard : public QWidget
{
    Q_OBJECT

public:
    explicit KpiBoard(PlanDocument *document, QWidget *parent = nullptr);

    // The reviewed month, 0–11 in the plan year.
    void setMonth(int monthIndex);
    int month() const { return m_month; }
    const QList<KpiTile> &tiles() const { return m_tiles; }

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    PlanDocument *m_document;
    int m_month = 0;
    QList<KpiTile> m_tiles;
    RefreshWhenShown *m_refresher = nullptr; // the refresh, put off while hidden behind a tab
};

} // namespace salesplan::ui
