#pragma once

#include "plan/plan.h"
#include "store/planfile.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace salesplan::ui {

class ComparisonWindow;
class PlanDocument;

// When a version was saved, in local time as a plan document writes a day: "2027-03-01 14:05",
// "2027年3月1日 14:05".
QString formatSavedAt(const QDateTime &utc);

// File ▸ Versions…: the versions saved in the open plan's file, newest first, with when, by whom
// and their size. A version opens read-only in a window of its own (where it can be looked at
// and exported), is exported straight away (PDF, JSON, workbook), is compared with the plan as it
// is now or with another version, is restored as one edit that Undo takes back, or is deleted for
// good. A read-only plan's versions can be opened and compared only. The list follows versions
// saved or deleted while it is open.
class VersionsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit VersionsDialog(PlanDocument *document, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // Selects the versions called `names` and no others.
    void selectVersions(const QStringList &names);
    // Restores the selected version / deletes it, asking first unless `confirm` is false.
    void restoreSelected(bool confirm = true);
    void deleteSelected(bool confirm = true);
    // Compares the selected version with the plan as it is now / the two selected versions,
    // the older as Before, in a comparison window; returns it (null when nothing fits).
    ComparisonWindow *compareWithCurrent();
    ComparisonWindow *compareSelected();

signals:
    // Open was chosen: `plan` is the plan of `version`, to be shown read-only.
    void openRequested(const salesplan::Plan &plan, const salesplan::PlanVersion &version);

protected:
    // On LanguageChange the dialog speaks the new language at once.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reload();
    void updateButtons();
    QList<PlanVersion> selected() const;
    void openSelected();
    // The selected version's plan, or none after telling the user why it cannot be read.
    std::optional<Plan> selectedPlan();
    void exportPdf();
    void exportJson();
    void exportWorkbook();
    ComparisonWindow *showComparison(RowId before, RowId after);

    PlanDocument *m_document;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_open;
    QPushButton *m_export;
    QPushButton *m_compareCurrent;
    QPushButton *m_compare;
    QPushButton *m_restore;
    QPushButton *m_delete;
};

} // namespace salesplan::ui
