#pragma once

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableView;

namespace salesplan::ui {

class ActualsGridModel;
class ActualsKpiModel;
class FindingLines;
class PlanDocument;

// The Review page's "Actuals" tab: the plan year's booked actuals by region, product line or
// member and month, typed, pasted from Excel or WPS, or imported from a CSV file or workbook
// (Import Actuals…); below them the KPIs' measured values by month. Warnings under the grid say
// what the company's total counts twice and which bookings no line of the plan takes. A plan
// open read-only is shown, not edited.
class ActualsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ActualsPanel(PlanDocument *document, QWidget *parent = nullptr);

    QTableView *grid() const { return m_grid; }
    QTableView *kpiGrid() const { return m_kpiGrid; }
    ActualsGridModel *gridModel() const { return m_gridModel; }
    ActualsKpiModel *kpiModel() const { return m_kpiModel; }
    QComboBox *bySelector() const { return m_by; }
    // The warnings' texts, one a line.
    QString warnings() const;
    // Imports the KPI values of the CSV file or workbook at `path` as one undo step, only when
    // every row reads; otherwise returns why nothing was imported, one reason a line.
    QString importKpiActuals(const QString &path);

protected:
    // Delete or Backspace in a grid clears its selected cells, as in a spreadsheet.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createTopRow();
    QTableView *createTable(const QString &objectName, const QString &accessibleName);
    void fillDimensions();
    void showWarnings();
    void alignNameColumns();
    void fitKpiGrid();
    void importActuals();
    void chooseKpiActuals();

    PlanDocument *m_document;
    ActualsGridModel *m_gridModel;
    ActualsKpiModel *m_kpiModel;
    QComboBox *m_by = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_importKpis = nullptr;
    QTableView *m_grid = nullptr;
    QTableView *m_kpiGrid = nullptr;
    FindingLines *m_warnings = nullptr;
};

} // namespace salesplan::ui
