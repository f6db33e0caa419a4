#pragma once

#include "plan/plan.h"
#include "report/planreport.h"

#include <QDialog>
#include <QLocale>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace salesplan::ui {

// File ▸ Export PDF…: where to write the plan's report, on which paper, in which language,
// with which sections, the execution review of which month (if any) and which confidentiality
// line. Remembers the paper, the language, the
// confidentiality line and the folder for next time; asks before a typed path replaces a file.
class ExportPdfDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportPdfDialog(const Plan &plan, QWidget *parent = nullptr);

    // The file to write: absolute, ending in .pdf when the user gave no suffix.
    QString outputPath() const;
    // The chosen paper, language, sections, open points and confidentiality line (no progress
    // callback).
    ReportOptions options() const;

    // Letter where people print on it (the United States and Canada), A4 elsewhere.
    static QPageSize::PageSizeId defaultPageSize(const QLocale &locale);
    // The confidentiality line of the last export, for the next one and for printing.
    static QString rememberedConfidentiality();

    void accept() override;

private:
    QWidget *makePathRow();
    void fillPageSizes();
    void fillLanguages(const Plan &plan);
    void fillSections();
    void fillReviewMonths(const Plan &plan);
    void browse();
    void updateOkButton();
    bool confirmOverwrite();
    void rememberChoices() const;

    QLineEdit *m_path = nullptr;
    QComboBox *m_pageSize = nullptr;
    QComboBox *m_language = nullptr;
    QListWidget *m_sections = nullptr;
    QCheckBox *m_openPoints = nullptr;
    QComboBox *m_reviewMonth = nullptr; // the month of the execution review, or none
    QLineEdit *m_confidentiality = nullptr;
    QPushButton *m_ok = nullptr;
    QString m_confirmedPath; // the file dialog already asked about replacing this one
};

} // namespace salesplan::ui
