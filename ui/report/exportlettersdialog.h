#pragma once

#include "plan/plan.h"
#include "report/targetletters.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace salesplan::ui {

// File ▸ Export Target Letters…: every member's target letter as one PDF with a page each, or
// as one PDF per member into a folder; on which paper and in which language (the plan's own,
// when SalesPlan speaks it). Remembers the folder for next time.
class ExportLettersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportLettersDialog(const Plan &plan, QWidget *parent = nullptr);

    // One PDF per member into outputPath(), a folder; else one PDF at outputPath().
    bool perMember() const;
    // The file (ending in .pdf when the user gave no suffix) or the folder to write, absolute.
    QString outputPath() const;
    LetterOptions options() const;

    // Asks where and how, writes the letters, and explains a failure in a message box. Returns
    // the file or folder written, or empty when nothing was.
    static QString exportInteractively(const Plan &plan, QWidget *parent);

    void accept() override;

private:
    QWidget *makePathRow();
    void browse();
    void switchMode();
    bool confirmReplacing(const QStringList &paths);

    const Plan &m_plan;
    QRadioButton *m_onePdf = nullptr;
    QRadioButton *m_perMember = nullptr;
    QLineEdit *m_path = nullptr;
    QComboBox *m_pageSize = nullptr;
    QComboBox *m_language = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace salesplan::ui
