#include "history/importhistorydialog.h"

#include "document/plandocument.h"
#include "history/historypreviewwidgets.h"
#include "sections/targetsform.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace salesplan::ui {

namespace {

// The fields in the order the dialog lists them, with the object names of their combo boxes.
struct FieldChoice
{
    HistoryField field;
    const char *objectName;
    const char *label;
    bool required;
};

constexpr std::array<FieldChoice, historyFieldCount> fieldChoices{{
    {HistoryField::Month, "monthColumn", QT_TRANSLATE_NOOP("ImportHistoryDialog", "&Month"), true},
    {HistoryField::Region, "regionColumn", QT_TRANSLATE_NOOP("ImportHistoryDialog", "R&egion"),
     false},
    {HistoryField::Product, "productColumn", QT_TRANSLATE_NOOP("ImportHistoryDialog", "&Product"),
     false},
    {HistoryField::Member, "memberColumn", QT_TRANSLATE_NOOP("ImportHistoryDialog", "Mem&ber"),
     false},
    {HistoryField::Amount, "amountColumn", QT_TRANSLATE_NOOP("ImportHistoryDialog", "&Amount"),
     true},
}};

constexpr int noColumn = -1;

// A grey note (targetsform's noteLabel) with an object name for the tests, its text set later.
QLabel *namedNote(const QString &objectName, QWidget *parent)
{
    QLabel *label = noteLabel(QString(), parent);
    label->setObjectName(objectName);
    return label;
}

// "the file has no amount column…" -> "The file has no amount column…", as a line of its own.
QString sentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// The encoding as people know it: GB18030 is what Chinese Excel and WPS call GBK.
QString encodingName(const QString &encoding)
{
    return encoding == QStringLiteral("GB18030") ? ImportHistoryDialog::tr("GB18030 (GBK)")
                                                 : encoding;
}

QString separatorName(QChar separator)
{
    if (separator == u';')
        return ImportHistoryDialog::tr("semicolon-separated");
    if (separator == u'\t')
        return ImportHistoryDialog::tr("tab-separated");
    return ImportHistoryDialog::tr("comma-separated");
}

} // namespace

ImportHistoryDialog::ImportHistoryDialog(PlanDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("importHistoryDialog"));
    setWindowTitle(tr("Import history"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportHistoryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportHistoryDialog::reject);
    m_note = namedNote(QStringLiteral("importNote"), this);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_note, 1);
    bottom->addWidget(buttons, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createFileBox());
    layout->addWidget(createColumnsBox());
    layout->addWidget(createRowsBox(), 1);
    layout->addWidget(createChoiceBox());
    layout->addLayout(bottom);
    resize(880, 680);
    showFile();
}

QWidget *ImportHistoryDialog::createFileBox()
{
    auto *box = new QWidget(this);
    m_file = new QLabel(box);
    m_file->setObjectName(QStringLiteral("historyFile"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *choose = new QPushButton(tr("Choose another &file…"), box);
    choose->setObjectName(QStringLiteral("chooseFileButton"));
    connect(choose, &QPushButton::clicked, this, &ImportHistoryDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);

    m_encoding = new QLabel(box);
    m_encoding->setObjectName(QStringLiteral("historyEncoding"));
    m_separator = new QLabel(box);
    m_separator->setObjectName(QStringLiteral("historySeparator"));
    m_sheets = new QComboBox(box);
    m_sheets->setObjectName(QStringLiteral("historySheet"));
    m_sheets->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_sheets, &QComboBox::activated, this, &ImportHistoryDialog::chooseSheet);
    m_sheetLabel = new QLabel(tr("&Sheet:"), box);
    m_sheetLabel->setBuddy(m_sheets);
    m_header = new QLabel(box);
    m_header->setObjectName(QStringLiteral("historyHeader"));
    auto *readRow = new QHBoxLayout;
    readRow->setSpacing(24);
    readRow->addWidget(m_encoding);
    readRow->addWidget(m_separator);
    auto *sheetRow = new QHBoxLayout;
    sheetRow->setSpacing(6);
    sheetRow->addWidget(m_sheetLabel);
    sheetRow->addWidget(m_sheets);
    readRow->addLayout(sheetRow);
    readRow->addWidget(m_header);
    readRow->addStretch(1);

    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Read as:"), readRow);
    // The labels of rows that show what was read: their one control is their buddy.
    qobject_cast<QLabel *>(form->itemAt(0, QFormLayout::LabelRole)->widget())->setBuddy(choose);
    qobject_cast<QLabel *>(form->itemAt(1, QFormLayout::LabelRole)->widget())->setBuddy(m_sheets);
    return box;
}

QWidget *ImportHistoryDialog::createColumnsBox()
{
    auto *box = new QGroupBox(tr("Columns"), this);
    auto *hint = namedNote(QStringLiteral("columnsHint"), box);
    hint->setText(tr("The column of the file that holds each field. The month and the amount "
                     "are required; the others may be left out."));
    auto *grid = new QGridLayout(box);
    grid->addWidget(hint, 0, 0, 1, historyFieldCount);
    for (int i = 0; i < historyFieldCount; ++i) {
        const FieldChoice &choice = fieldChoices[std::size_t(i)];
        auto *combo = new QComboBox(box);
        combo->setObjectName(QString::fromLatin1(choice.objectName));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        if (choice.required)
            combo->setPlaceholderText(tr("(choose a column)"));
        connect(combo, &QComboBox::activated, this, &ImportHistoryDialog::remap);
        // In the context QT_TRANSLATE_NOOP names: tr() would look in
        // "salesplan::ui::ImportHistoryDialog" and find none.
        auto *label =
            new QLabel(QCoreApplication::translate("ImportHistoryDialog", choice.label), box);
        label->setBuddy(combo);
        grid->addWidget(label, 1, i);
        grid->addWidget(combo, 2, i);
        grid->setColumnStretch(i, 1);
        m_columns[std::size_t(i)] = combo;
    }
    return box;
}

QWidget *ImportHistoryDialog::createRowsBox()
{
    auto *box = new QWidget(this);
    m_problems = problemLabel(QStringLiteral("historyProblems"), box);
    m_rowsTitle = new QLabel(box);
    m_rowsTitle->setObjectName(QStringLiteral("historyRowsTitle"));
    m_rows = new HistoryRowsTable(box);
    m_rows->setObjectName(QStringLiteral("historyPreview"));
    m_rowsTitle->setBuddy(m_rows);
    m_rows->setAccessibleName(tr("Rows read from the file"));
    m_more = namedNote(QStringLiteral("historyPreviewMore"), box);

    m_refusedBox = new QWidget(box);
    m_refusedTitle = problemLabel(QStringLiteral("historyRefusedTitle"), m_refusedBox);
    m_refusedTitle->show(); // shown with its box
    m_refused = new RefusedRowsList(m_refusedBox);
    m_refused->setObjectName(QStringLiteral("historyRefused"));
    m_refusedTitle->setBuddy(m_refused);
    m_refused->setAccessibleName(tr("Rows refused"));
    auto *refusedLayout = new QVBoxLayout(m_refusedBox);
    refusedLayout->setContentsMargins(0, 6, 0, 0);
    refusedLayout->addWidget(m_refusedTitle);
    refusedLayout->addWidget(m_refused);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_problems);
    layout->addWidget(m_rowsTitle);
    layout->addWidget(m_rows, 3);
    layout->addWidget(m_more);
    layout->addWidget(m_refusedBox);
    return box;
}

QWidget *ImportHistoryDialog::createChoiceBox()
{
    auto *box = new QWidget(this);
    m_add = new QRadioButton(tr("A&dd to the history"), box);
    m_add->setObjectName(QStringLiteral("addToHistory"));
    m_add->setChecked(true);
    const int historyRows = int(m_document->plan().history.size());
    m_replace =
        new QRadioButton(tr("&Replace the history (%n row(s) now)", nullptr, historyRows), box);
    m_replace->setObjectName(QStringLiteral("replaceHistory"));
    m_replace->setEnabled(historyRows > 0);
    auto *group = new QButtonGroup(box);
    group->addButton(m_add);
    group->addButton(m_replace);
    connect(group, &QButtonGroup::buttonToggled, this, &ImportHistoryDialog::updateImport);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_add);
    layout->addWidget(m_replace);
    layout->addStretch(1);
    return box;
}

bool ImportHistoryDialog::chooseFile()
{
    const QString folder = QFileInfo(m_path.isEmpty() ? m_document->filePath() : m_path).path();
    const QString path = QFileDialog::getOpenFileName(isVisible() ? this : parentWidget(),
                                                      tr("Import history"), folder,
                                                      tr("Spreadsheets (*.csv *.xlsx);;CSV files "
                                                         "(*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return false;
    openFile(path);
    return true;
}

void ImportHistoryDialog::openFile(const QString &path)
{
    m_path = path;
    m_bytes.clear();
    m_sheet.clear();
    const Result<QByteArray> read = readHistoryFile(path);
    if (read) {
        m_bytes = *read;
        readPreview(std::nullopt);
    } else {
        m_preview.reset();
        m_readError = tr("The file %1.").arg(read.error().message());
    }
    showFile();
}

// Reads the file (a workbook's sheet only once: choosing other columns previews the rows
// already read) with `mapping`, or with the columns its header names.
void ImportHistoryDialog::readPreview(const std::optional<HistoryColumnMapping> &mapping)
{
    const QString &currency = m_document->plan().info.currency;
    if (!mapping || !m_workbook) {
        m_workbook.reset();
        if (isWorkbookFile(m_path, m_bytes)) {
            if (Result<XlsxTable> read = readXlsxTable(m_bytes, m_sheet))
                m_workbook = std::move(*read);
        }
    }
    const Result<HistoryPreview> preview =
        m_workbook ? previewXlsxTable(*m_workbook, currency, mapping)
                   : previewHistoryFile(m_path, m_bytes, currency, m_sheet, mapping);
    m_preview.reset();
    m_readError.clear();
    if (preview)
        m_preview = *preview;
    else
        m_readError = tr("The file cannot be imported: %1.").arg(preview.error().message());
}

// Reads the file again with the columns the combo boxes show.
void ImportHistoryDialog::remap()
{
    if (!m_preview)
        return;
    HistoryColumnMapping mapping;
    for (int i = 0; i < historyFieldCount; ++i) {
        const QComboBox *combo = m_columns[std::size_t(i)];
        const QVariant column = combo->currentData();
        mapping.setColumn(fieldChoices[std::size_t(i)].field,
                          column.isValid() ? column.toInt() : noColumn);
    }
    readPreview(mapping);
    showColumns();
    showRows();
    updateImport();
}

// Reads the workbook's sheet the user chose, its columns found anew.
void ImportHistoryDialog::chooseSheet(int index)
{
    m_sheet = m_sheets->itemText(index);
    readPreview(std::nullopt);
    showFile();
}

void ImportHistoryDialog::showFile()
{
    m_file->setText(m_path.isEmpty() ? tr("No file chosen") : QFileInfo(m_path).fileName());
    m_file->setToolTip(QDir::toNativeSeparators(m_path));
    showReadAs();
    showColumns();
    showRows();
    updateImport();
}

// A CSV file's encoding and separator, or a workbook's sheet (a choice when it has several), and
// where the header is.
void ImportHistoryDialog::showReadAs()
{
    const bool read = m_preview.has_value();
    const bool workbook = read && !m_preview->sheet.isEmpty();
    const bool severalSheets = workbook && m_preview->sheets.size() > 1;
    if (workbook)
        m_encoding->setText(tr("sheet \"%1\"").arg(m_preview->sheet));
    else
        m_encoding->setText(read ? encodingName(m_preview->encoding) : QString());
    m_encoding->setVisible(!severalSheets);
    m_separator->setText(read && !workbook ? separatorName(m_preview->separator) : QString());
    m_separator->setVisible(read && !workbook);
    {
        const QSignalBlocker blocker(m_sheets);
        m_sheets->clear();
        if (severalSheets) {
            m_sheets->addItems(m_preview->sheets);
            m_sheets->setCurrentText(m_preview->sheet);
        }
    }
    m_sheets->setVisible(severalSheets);
    m_sheetLabel->setVisible(severalSheets);
    QString header;
    if (read && m_preview->headerLine > 0)
        header = workbook ? tr("header in row %1").arg(m_preview->headerLine)
                          : tr("header on line %1").arg(m_preview->headerLine);
    m_header->setText(header);
    m_rows->verticalHeader()->setToolTip(workbook ? tr("The row of the sheet")
                                                  : tr("The line of the file"));
}

void ImportHistoryDialog::showColumns()
{
    const QStringList columns = m_preview ? m_preview->columns : QStringList();
    for (int i = 0; i < historyFieldCount; ++i) {
        const FieldChoice &choice = fieldChoices[std::size_t(i)];
        QComboBox *combo = m_columns[std::size_t(i)];
        const QSignalBlocker blocker(combo);
        combo->clear();
        if (!choice.required)
            combo->addItem(tr("(none)"), noColumn);
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QString name =
                columns.at(c).isEmpty() ? tr("Column %1").arg(c + 1) : columns.at(c);
            combo->addItem(name, int(c));
            combo->setItemData(combo->count() - 1, tr("Column %1 of the file").arg(c + 1),
                               Qt::ToolTipRole);
        }
        const qsizetype column = m_preview ? m_preview->mapping.column(choice.field) : noColumn;
        combo->setCurrentIndex(combo->findData(int(column)));
        combo->setEnabled(m_preview.has_value());
    }
}

void ImportHistoryDialog::showRows()
{
    const QLocale locale;
    QStringList problems;
    if (!m_readError.isEmpty())
        problems.append(m_readError);
    if (m_preview) {
        for (const QString &problem : m_preview->problems)
            problems.append(sentence(problem));
    }
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());

    const QList<HistoryRow> rows = m_preview ? m_preview->rows : QList<HistoryRow>();
    m_rowsTitle->setText(
        (m_preview && m_preview->canImport() ? tr("Rows to import: %1") : tr("Rows that read: %1"))
            .arg(locale.toString(rows.size())));
    m_rows->showRows(rows, maxPreviewRows);
    m_more->setText(rows.size() > maxPreviewRows
                        ? tr("The first %1 of the %2 rows are shown.")
                              .arg(locale.toString(maxPreviewRows), locale.toString(rows.size()))
                        : QString());
    m_more->setVisible(rows.size() > maxPreviewRows);

    const QList<HistoryRefusal> refused = m_preview ? m_preview->refused : QList<HistoryRefusal>();
    m_refusedTitle->setText(tr("Refused rows: %1").arg(locale.toString(refused.size())));
    m_refused->showRefused(refused, m_preview ? m_preview->sheet : QString(), maxRefusedRows);
    m_refusedBox->setVisible(!refused.isEmpty());
}

void ImportHistoryDialog::updateImport()
{
    m_import->setEnabled(m_preview && m_preview->canImport());
    m_note->setText(importNote());
}

// What Import will do, or why it cannot.
QString ImportHistoryDialog::importNote() const
{
    if (!m_preview)
        return tr("Choose another file.");
    if (!m_preview->problems.isEmpty())
        return tr("Choose the columns above, then import.");
    const int refused = int(m_preview->refused.size());
    if (refused > 0) {
        return tr("Fix the %n refused row(s) in the file, or map the columns, then import.",
                  nullptr, refused);
    }
    const int rows = int(m_preview->rows.size());
    if (rows == 0)
        return tr("The file has no rows below its header.");
    const QString what =
        m_replace->isChecked()
            ? tr("%n row(s) will replace the history. Edit ▸ Undo takes the import back.", nullptr,
                 rows)
            : tr("%n row(s) will be added to the history. Edit ▸ Undo takes the import back.",
                 nullptr, rows);
    return what + u' ' +
           historyYearsText(historyYears(m_preview->rows, m_document->plan().info.period),
                            m_document->plan().info.period);
}

void ImportHistoryDialog::accept()
{
    if (m_preview && m_preview->canImport() && importRows())
        QDialog::accept();
}

// The import as one edit of the plan: one undo step.
bool ImportHistoryDialog::importRows()
{
    const QList<HistoryRow> rows = m_preview->rows;
    const bool replace = m_replace->isChecked();
    return m_document->edit(tr("Import history from %1").arg(QFileInfo(m_path).fileName()),
                            [rows, replace](Plan &plan) {
                                if (replace)
                                    plan.history.clear();
                                plan.history.append(historyEntries(rows, plan.ids));
                            });
}

} // namespace salesplan::ui
