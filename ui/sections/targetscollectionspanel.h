#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace salesplan {
struct PlanSummary;
}

namespace salesplan::ui {

class PlanDocument;

// The "Collections" tab of the Targets editor (回款): the share of a month's bookings collected in
// that month and each of the six after, whether they add up, the opening receivable, and the cash
// the month targets bring in by month with what is left to collect at the year's end.
class TargetsCollectionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TargetsCollectionsPanel(PlanDocument *document, QWidget *parent = nullptr);

    // Shows the figures derived from the document's plan.
    void showSummary(const PlanSummary &summary);

private:
    QWidget *makeTermsGroup();
    QWidget *makeMonthsGroup();
    void setAllInSameMonth();
    void showSum();
    void showMonths(const PlanSummary &summary);

    PlanDocument *m_document;
    QLabel *m_sum = nullptr;
    QLineEdit *m_openingEdit = nullptr; // disabled while the history gives the receivable
    QString m_openingPlaceholder;
    QLabel *m_openingNote = nullptr;
    QLabel *m_notPlanned = nullptr;
    QWidget *m_monthsGroup = nullptr;
    QLabel *m_opening = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_closing = nullptr;
};

} // namespace salesplan::ui
