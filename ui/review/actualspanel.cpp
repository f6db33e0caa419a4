#include "review/actualspanel.h"

#include "document/plandocument.h"
#include "exchange/historyfile.h"
#include "exchange/kpiactualsfile.h"
#include "history/importhistorydialog.h"
#include "review/actualsgridmodel.h"
#include "review/actualskpimodel.h"
#include "sections/cells/tableclipboard.h"
#include "sections/cells/valuedelegates.h"
#include "sections/targetsform.h"
#include "severitystyle.h"
#include "summary/actualsinput.h"
#include "summary/actualslevels.h"
#include "summary/planreview.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace salesplan::ui {

namespace {

// A cell typed as text and read by the model, which refuses what it cannot take: the reason is
// shown beside the cell (the model's tooltip for it) and nothing is saved.
class TypedCellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        auto *edit = new QLineEdit(parent);
        edit->setFrame(false);
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        edit->setAccessibleName(
            index.model()->headerData(index.column(), Qt::Horizontal).toString());
        return edit;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QLineEdit *>(editor)->setText(index.data(Qt::EditRole).toString());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        writeCell(model, index, static_cast<QLineEdit *>(editor)->text(), editor);
    }
};

QString byName(ActualsBy by)
{
    switch (by) {
    case ActualsBy::Region:
        return ActualsPanel::tr("Region");
    case ActualsBy::Product:
        return ActualsPanel::tr("Product line");
    case ActualsBy::Member:
        return ActualsPanel::tr("Member");
    case ActualsBy::Company:
        break;
    }
    return ActualsPanel::tr("Company");
}

} // namespace

ActualsPanel::ActualsPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_gridModel(new ActualsGridModel(document, this))
    , m_kpiModel(new ActualsKpiModel(document, this))
{
    setObjectName(QStringLiteral("review.page.actuals"));
    m_grid = createTable(QStringLiteral("actuals.grid"), tr("Booked actuals"));
    m_grid->setModel(m_gridModel);
    m_kpiGrid = createTable(QStringLiteral("actuals.kpis"), tr("KPI actuals"));
    m_kpiGrid->setModel(m_kpiModel);
    for (QTableView *view : {m_grid, m_kpiGrid}) {
        auto *model = static_cast<PlanTableModel *>(view->model());
        new TableClipboard(view, document->isReadOnly() ? nullptr : model);
        view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Fixed);
        connect(model, &QAbstractItemModel::modelReset, this, &ActualsPanel::alignNameColumns);
        connect(model, &QAbstractItemModel::dataChanged, this, &ActualsPanel::alignNameColumns);
        view->installEventFilter(this);
    }
    alignNameColumns();
    fitKpiGrid();
    connect(m_kpiModel, &QAbstractItemModel::modelReset, this, &ActualsPanel::fitKpiGrid);

    m_warnings = new FindingLines(this);
    m_warnings->setObjectName(QStringLiteral("actuals.warnings"));
    auto *kpiTitle =
        new QLabel(tr("KPIs measured each month (revenue comes from the bookings)"), this);
    kpiTitle->setBuddy(m_kpiGrid);
    m_importKpis = new QPushButton(tr("Import KPI Actuals…"), this);
    m_importKpis->setObjectName(QStringLiteral("actuals.importKpis"));
    m_importKpis->setToolTip(tr("A CSV file or Excel workbook with the columns month, KPI and "
                                "value (月份, 指标, 实际值)"));
    m_importKpis->setEnabled(!document->isReadOnly());
    connect(m_importKpis, &QPushButton::clicked, this, &ActualsPanel::chooseKpiActuals);
    auto *kpiRow = new QHBoxLayout;
    kpiRow->addWidget(kpiTitle, 1);
    kpiRow->addWidget(m_importKpis);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createTopRow());
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_warnings);
    layout->addLayout(kpiRow);
    layout->addWidget(m_kpiGrid);
    connect(document, &PlanDocument::changed, this, [this](PlanChanges changes) {
        if (changes.testAnyFlags(PlanPart::Targets | PlanPart::Team))
            fillDimensions();
        showWarnings();
    });
    showWarnings();
}

// The dimensions the plan has, the one shown kept while the plan still has it.
void ActualsPanel::fillDimensions()
{
    const QList<ActualsBy> dimensions = actualsDimensions(m_document->plan());
    const ActualsBy shown =
        dimensions.contains(m_gridModel->by()) ? m_gridModel->by() : dimensions.first();
    {
        const QSignalBlocker blocker(m_by);
        m_by->clear();
        for (ActualsBy by : dimensions)
            m_by->addItem(byName(by), int(by));
        m_by->setCurrentIndex(m_by->findData(int(shown)));
    }
    m_gridModel->setBy(shown);
}

QWidget *ActualsPanel::createTopRow()
{
    auto *row = new QWidget(this);
    m_by = new QComboBox(row);
    m_by->setObjectName(QStringLiteral("actuals.by"));
    fillDimensions();
    connect(m_by, &QComboBox::currentIndexChanged, this,
            [this] { m_gridModel->setBy(ActualsBy(m_by->currentData().toInt())); });
    auto *byLabel = new QLabel(tr("&By:"), row);
    byLabel->setBuddy(m_by);
    m_import = new QPushButton(tr("Import Actuals…"), row);
    m_import->setObjectName(QStringLiteral("actuals.import"));
    m_import->setEnabled(!m_document->isReadOnly());
    connect(m_import, &QPushButton::clicked, this, &ActualsPanel::importActuals);
    const QString how =
        m_document->isReadOnly()
            ? tr("The plan is open read-only: the actuals are shown, not edited.")
            : tr("Type what was booked each month, paste a block from Excel or WPS (Ctrl+V) or "
                 "import a file; Delete clears. An empty cell has no data; 0 is a month that "
                 "booked nothing.");
    QLabel *note = noteLabel(how, row);

    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(byLabel);
    layout->addWidget(m_by);
    layout->addWidget(note, 1);
    layout->addWidget(m_import, 0, Qt::AlignTop);
    return row;
}

QTableView *ActualsPanel::createTable(const QString &objectName, const QString &accessibleName)
{
    auto *view = new QTableView(this);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setItemDelegate(new TypedCellDelegate(view));
    view->verticalHeader()->hide();
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    view->horizontalHeader()->setMinimumSectionSize(40);
    view->setWordWrap(false);
    return view;
}

// The names' columns of both grids as wide as the widest name, so that their months line up.
void ActualsPanel::alignNameColumns()
{
    int width = 0;
    for (const QAbstractItemView *view : {m_grid, m_kpiGrid}) {
        const auto *table = static_cast<const QTableView *>(view);
        width = std::max(
            {width, view->sizeHintForColumn(0), table->horizontalHeader()->sectionSizeHint(0)});
    }
    for (QTableView *view : {m_grid, m_kpiGrid})
        view->horizontalHeader()->resizeSection(0, width);
}

// The KPI grid as high as its rows (a few; more than eight scroll), so the bookings get the rest.
void ActualsPanel::fitKpiGrid()
{
    constexpr int mostRows = 8;
    const int rows = std::clamp(m_kpiModel->rowCount(), 1, mostRows);
    m_kpiGrid->setFixedHeight(rows * m_kpiGrid->verticalHeader()->defaultSectionSize() +
                              m_kpiGrid->horizontalHeader()->sizeHint().height() +
                              2 * m_kpiGrid->frameWidth());
}

bool ActualsPanel::eventFilter(QObject *watched, QEvent *event)
{
    const bool grid = watched == m_grid || watched == m_kpiGrid;
    if (!grid || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    auto *view = static_cast<QTableView *>(watched);
    // An open cell editor takes its keys itself: these reach the view only between edits.
    if (key->key() != Qt::Key_Delete && key->key() != Qt::Key_Backspace)
        return QWidget::eventFilter(watched, event);
    QModelIndexList cells = view->selectionModel()->selectedIndexes();
    if (cells.isEmpty() && view->currentIndex().isValid())
        cells.append(view->currentIndex());
    if (view == m_grid)
        m_gridModel->clearCells(cells);
    else
        m_kpiModel->clearCells(cells);
    return true;
}

QString ActualsPanel::warnings() const
{
    return m_warnings->text();
}

// What the company's total counts twice, and the bookings no line of the plan takes.
void ActualsPanel::showWarnings()
{
    const Plan &plan = m_document->plan();
    QList<FindingLine> lines;
    for (const QString &warning : actualsCountedTwice(plan))
        lines.append({Severity::Warning, warning});
    const Result<PlanReview> &review = m_document->review(Period::monthCount - 1);
    if (review) {
        for (const QString &unmatched : review->unmatched)
            lines.append({Severity::Warning, unmatched});
    }
    m_warnings->setLines(lines);
}

QString ActualsPanel::importKpiActuals(const QString &path)
{
    const Result<QByteArray> bytes = readHistoryFile(path);
    if (!bytes)
        return bytes.error().message();
    const Plan &plan = m_document->plan();
    const Result<KpiActualsRead> read = readKpiActualsFile(path, *bytes, plan);
    if (!read)
        return read.error().message();
    if (!read->refused.isEmpty())
        return read->refused.join(u'\n');
    if (read->rows.isEmpty())
        return tr("The file has no rows below its header.");
    const QList<KpiActualRow> rows = read->rows;
    m_document->edit(tr("Import KPI actuals from %1").arg(QFileInfo(path).fileName()),
                     [rows](Plan &changed) { applyKpiActuals(changed, rows); });
    return {};
}

void ActualsPanel::chooseKpiActuals()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import KPI actuals"), QString(),
                                     tr("Tables (*.csv *.txt *.xlsx *.xlsm);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString problems = importKpiActuals(path);
    if (problems.isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Import KPI actuals"),
                    tr("Nothing was imported from %1. Fix these rows in the file, then import "
                       "it again.")
                        .arg(QFileInfo(path).fileName()),
                    QMessageBox::Ok, window());
    box.setDetailedText(problems);
    box.setInformativeText(problems.section(u'\n', 0, 9));
    box.exec();
}

void ActualsPanel::importActuals()
{
    if (m_document->isReadOnly())
        return;
    ImportHistoryDialog dialog(m_document, window());
    if (dialog.chooseFile())
        dialog.exec();
}

} // namespace salesplan::ui
