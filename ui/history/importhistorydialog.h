#pragma once

#include "exchange/historyfile.h"

#include <QByteArray>
#include <QDialog>

#include <array>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace salesplan::ui {

class HistoryRowsTable;
class PlanDocument;
class RefusedRowsList;

// File ▸ Import History…: previews a CSV file or an .xlsx workbook's sheet of booked amounts —
// how it was read (encoding and separator, or the sheet, chosen when there are several), which
// column holds which field (the user may change it), the rows that read and the rows that are
// refused — and adds its rows to the plan's history, or replaces it, as one undo step. Only a file
// whose every row reads is imported.
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    // Rows shown in the preview; the others are counted.
    static constexpr int maxPreviewRows = 300;
    static constexpr int maxRefusedRows = 200;

    // The document must outlive the dialog.
    explicit ImportHistoryDialog(PlanDocument *document, QWidget *parent = nullptr);

    // Asks for a CSV file or a workbook and previews it; false when the user chose none.
    bool chooseFile();
    // Reads and previews the file at `path` (a workbook's first sheet); a file that cannot be
    // read is said so.
    void openFile(const QString &path);

    QString filePath() const { return m_path; }
    // What the file would import; none when it could not be read.
    const std::optional<HistoryPreview> &preview() const { return m_preview; }

    // Imports the rows as one undo step and closes; stays open when the plan could not be written.
    void accept() override;

private:
    QWidget *createFileBox();
    QWidget *createColumnsBox();
    QWidget *createRowsBox();
    QWidget *createChoiceBox();
    void readPreview(const std::optional<HistoryColumnMapping> &mapping);
    void remap();
    void chooseSheet(int index);
    void showFile();
    void showReadAs();
    void showColumns();
    void showRows();
    void updateImport();
    QString importNote() const;
    bool importRows();

    PlanDocument *m_document;
    QString m_path;
    QByteArray m_bytes;
    QString m_sheet;                     // the workbook's sheet chosen; empty for its first
    std::optional<XlsxTable> m_workbook; // that sheet's rows, read once
    std::optional<HistoryPreview> m_preview;
    QString m_readError; // why the file gives no preview

    QLabel *m_file = nullptr;
    QLabel *m_encoding = nullptr;
    QLabel *m_separator = nullptr;
    QLabel *m_sheetLabel = nullptr;
    QComboBox *m_sheets = nullptr;
    QLabel *m_header = nullptr;
    std::array<QComboBox *, historyFieldCount> m_columns{};
    QLabel *m_problems = nullptr;
    QLabel *m_rowsTitle = nullptr;
    HistoryRowsTable *m_rows = nullptr;
    QLabel *m_more = nullptr;
    QWidget *m_refusedBox = nullptr;
    QLabel *m_refusedTitle = nullptr;
    RefusedRowsList *m_refused = nullptr;
    QRadioButton *m_add = nullptr;
    QRadioButton *m_replace = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace salesplan::ui
