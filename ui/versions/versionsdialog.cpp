#include "versions/versionsdialog.h"

#include "document/plandocument.h"
#include "exchange/planio.h"
#include "plan/format.h"
#include "report/exportpaths.h"
#include "report/planprinting.h"
#include "report/workbookexport.h"
#include "versions/comparisonwindow.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace salesplan::ui {

namespace {

enum Column { NameColumn, SavedColumn, AuthorColumn, SizeColumn, ColumnCount };

constexpr int versionRole = Qt::UserRole;

QPushButton *button(const char *name, QWidget *parent)
{
    auto *made = new QPushButton(parent);
    made->setObjectName(QString::fromLatin1(name));
    return made;
}

// Asks `question`, with `details` below it, and a button named for what it does (`action`:
// "Restore") beside Cancel, which is the default. True when `action` was chosen.
bool confirmed(QWidget *parent, QMessageBox::Icon icon, const QString &title,
               const QString &question, const QString &details, const QString &action)
{
    QMessageBox box(icon, title, question, QMessageBox::Cancel, parent);
    box.setInformativeText(details);
    QPushButton *yes = box.addButton(action, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace

QString formatSavedAt(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    return QStringLiteral("%1 %2").arg(formatDay(local.date()),
                                       local.time().toString(QStringLiteral("HH:mm")));
}

VersionsDialog::VersionsDialog(PlanDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_open(button("openVersion", this))
    , m_export(button("exportVersion", this))
    , m_compareCurrent(button("compareWithCurrent", this))
    , m_compare(button("compareVersions", this))
    , m_restore(button("restoreVersion", this))
    , m_delete(button("deleteVersion", this))
{
    m_list->setObjectName(QStringLiteral("versionList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setColumnCount(ColumnCount);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_empty->setObjectName(QStringLiteral("noVersions"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    retranslate();

    auto *buttons = new QVBoxLayout;
    for (QPushButton *one : {m_open, m_export, m_compareCurrent, m_compare, m_restore, m_delete})
        buttons->addWidget(one);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *listing = new QVBoxLayout;
    listing->addWidget(m_empty);
    listing->addWidget(m_list, 1);
    auto *body = new QHBoxLayout;
    body->addLayout(listing, 1);
    body->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(close);
    resize(760, 420);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &VersionsDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &VersionsDialog::openSelected);
    connect(m_open, &QPushButton::clicked, this, &VersionsDialog::openSelected);
    connect(m_compareCurrent, &QPushButton::clicked, this, &VersionsDialog::compareWithCurrent);
    connect(m_compare, &QPushButton::clicked, this, &VersionsDialog::compareSelected);
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreSelected(); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelected(); });
    connect(document, &PlanDocument::versionsChanged, this, &VersionsDialog::reload);
    connect(document, &QObject::destroyed, this, &QDialog::reject);
    reload();
}

void VersionsDialog::retranslate()
{
    setWindowTitle(tr("Versions"));
    //: The columns of the versions: the version's name, when and by whom it was saved, its size.
    const QString name = tr("Name");
    m_list->setHeaderLabels({name, tr("Saved"), tr("By"), tr("Size")});
    m_empty->setText(m_document->isReadOnly()
                         ? tr("No versions are saved in this plan file.")
                         : tr("No versions saved yet. File ▸ Save Version… keeps the plan as it "
                              "is now inside its file under a name, such as “Submitted to "
                              "leadership”."));
    m_open->setText(tr("&Open"));
    m_open->setToolTip(tr("Shows the version in a window of its own, read-only: every page, the "
                          "charts and the exports (PDF, JSON, workbook)"));
    m_export->setText(tr("&Export"));
    delete m_export->menu();
    auto *exports = new QMenu(m_export);
    exports->addAction(tr("&PDF Report…"), this, &VersionsDialog::exportPdf);
    exports->addAction(tr("&JSON…"), this, &VersionsDialog::exportJson);
    exports->addAction(tr("&Workbook (.xlsx)…"), this, &VersionsDialog::exportWorkbook);
    m_export->setMenu(exports);
    m_compareCurrent->setText(tr("Compare with &Current"));
    m_compare->setText(tr("Co&mpare the Two"));
    m_compare->setToolTip(tr("Select two versions to compare them"));
    m_restore->setText(tr("&Restore…"));
    m_delete->setText(tr("&Delete…"));
    if (m_document->isReadOnly()) {
        const QString why = tr("The plan is open read-only");
        m_restore->setToolTip(why);
        m_delete->setToolTip(why);
    }
}

void VersionsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    retranslate();
    QStringList shown;
    for (const QTreeWidgetItem *item : m_list->selectedItems())
        shown.append(item->text(NameColumn));
    reload(); // the dates and sizes in the new language's words
    selectVersions(shown);
}

void VersionsDialog::reload()
{
    m_list->clear();
    const Result<QList<PlanVersion>> versions = m_document->versions();
    if (!versions) {
        m_empty->setText(versions.error().message());
    } else {
        for (auto version = versions->crbegin(); version != versions->crend(); ++version) {
            auto *item = new QTreeWidgetItem(
                m_list, {version->name, formatSavedAt(version->created), version->author,
                         QLocale().formattedDataSize(version->size)});
            item->setData(NameColumn, versionRole, QVariant::fromValue(version->id));
            item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    const bool none = m_list->topLevelItemCount() == 0;
    m_empty->setVisible(none);
    m_list->setVisible(!none);
    for (int column = SavedColumn; column < ColumnCount; ++column)
        m_list->resizeColumnToContents(column);
    if (!none)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void VersionsDialog::updateButtons()
{
    const qsizetype count = selected().size();
    const bool editable = !m_document->isReadOnly();
    m_open->setEnabled(count == 1);
    m_export->setEnabled(count == 1);
    m_compareCurrent->setEnabled(count == 1);
    m_compare->setEnabled(count == 2);
    m_restore->setEnabled(count == 1 && editable);
    m_delete->setEnabled(count == 1 && editable);
}

// The selected versions, oldest first.
QList<PlanVersion> VersionsDialog::selected() const
{
    const Result<QList<PlanVersion>> versions = m_document->versions();
    QList<PlanVersion> chosen;
    if (!versions)
        return chosen;
    for (const QTreeWidgetItem *item : m_list->selectedItems()) {
        const RowId id = item->data(NameColumn, versionRole).value<RowId>();
        for (const PlanVersion &version : *versions) {
            if (version.id == id)
                chosen.append(version);
        }
    }
    std::sort(chosen.begin(), chosen.end(), [](const PlanVersion &a, const PlanVersion &b) {
        return a.created < b.created || (a.created == b.created && a.id < b.id);
    });
    return chosen;
}

void VersionsDialog::selectVersions(const QStringList &names)
{
    m_list->clearSelection();
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        item->setSelected(names.contains(item->text(NameColumn)));
    }
}

std::optional<Plan> VersionsDialog::selectedPlan()
{
    const QList<PlanVersion> versions = selected();
    if (versions.size() != 1)
        return std::nullopt;
    Result<Plan> plan = m_document->versionPlan(versions.first().id);
    if (!plan) {
        QMessageBox::warning(this, tr("Cannot read the version"), plan.error().message());
        return std::nullopt;
    }
    return std::move(plan).value();
}

void VersionsDialog::openSelected()
{
    if (const std::optional<Plan> plan = selectedPlan())
        emit openRequested(*plan, selected().first());
}

void VersionsDialog::exportPdf()
{
    if (const std::optional<Plan> plan = selectedPlan())
        PlanPrinting::exportInteractively(*plan, this);
}

void VersionsDialog::exportJson()
{
    const std::optional<Plan> plan = selectedPlan();
    if (!plan)
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the version as JSON"),
                                     QDir(exportStartFolder(QStringLiteral("exportJson/folder")))
                                         .filePath(exportFileName(*plan, QStringLiteral(".json"))),
                                     tr("Plans as JSON (*.json)"));
    if (path.isEmpty())
        return;
    const Status exported = exportJsonPlan(*plan, path);
    if (!exported)
        QMessageBox::warning(this, tr("Cannot export the version"), exported.error().message());
}

void VersionsDialog::exportWorkbook()
{
    if (const std::optional<Plan> plan = selectedPlan())
        WorkbookExport::exportInteractively(*plan, summarizePlan(*plan), this);
}

ComparisonWindow *VersionsDialog::compareWithCurrent()
{
    const QList<PlanVersion> versions = selected();
    if (versions.size() != 1)
        return nullptr;
    return showComparison(versions.first().id, ComparisonWindow::currentPlan);
}

ComparisonWindow *VersionsDialog::compareSelected()
{
    const QList<PlanVersion> versions = selected();
    if (versions.size() != 2)
        return nullptr;
    return showComparison(versions.first().id, versions.last().id);
}

// A window of its own beside the main window, which outlives this dialog.
ComparisonWindow *VersionsDialog::showComparison(RowId before, RowId after)
{
    auto *window = new ComparisonWindow(m_document, before, after, parentWidget());
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    return window;
}

void VersionsDialog::restoreSelected(bool confirm)
{
    const QList<PlanVersion> versions = selected();
    if (versions.size() != 1 || m_document->isReadOnly())
        return;
    const PlanVersion &version = versions.first();
    if (confirm &&
        !confirmed(this, QMessageBox::Question, tr("Restore Version"),
                   tr("Make the plan the version “%1”, saved %2?")
                       .arg(version.name, formatSavedAt(version.created)),
                   tr("Edit ▸ Undo brings the plan as it is now back. To keep it as a version "
                      "too, save it as one first."),
                   tr("Restore")))
        return;
    const Status restored = m_document->restoreVersion(version);
    if (!restored)
        QMessageBox::warning(this, tr("Cannot restore the version"), restored.error().message());
}

void VersionsDialog::deleteSelected(bool confirm)
{
    const QList<PlanVersion> versions = selected();
    if (versions.size() != 1 || m_document->isReadOnly())
        return;
    const PlanVersion &version = versions.first();
    if (confirm && !confirmed(this, QMessageBox::Warning, tr("Delete Version"),
                              tr("Delete the version “%1” from the plan file?").arg(version.name),
                              tr("This cannot be undone."), tr("Delete")))
        return;
    const Status deleted = m_document->deleteVersion(version.id);
    if (!deleted)
        QMessageBox::warning(this, tr("Cannot delete the version"), deleted.error().message());
}

} // namespace salesplan::ui
