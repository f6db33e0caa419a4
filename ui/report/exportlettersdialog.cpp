#include "report/exportlettersdialog.h"

#include "language/language.h"
#include "report/exportpaths.h"
#include "report/exportpdfdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace salesplan::ui {

namespace {

const QString folderKey = QStringLiteral("exportLetters/folder");

QString lettersFileName(const Plan &plan)
{
    return exportFileName(plan, QStringLiteral(" - ") + ExportLettersDialog::tr("target letters") +
                                    QStringLiteral(".pdf"));
}

} // namespace

ExportLettersDialog::ExportLettersDialog(const Plan &plan, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_onePdf(new QRadioButton(tr("&One PDF, a page per member"), this))
    , m_perMember(new QRadioButton(tr("A PDF per &member, into a folder"), this))
    , m_path(new QLineEdit(this))
    , m_pageSize(new QComboBox(this))
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("exportLettersDialog"));
    setWindowTitle(tr("Export Target Letters"));
    m_onePdf->setChecked(true);
    m_onePdf->setObjectName(QStringLiteral("onePdfRadio"));
    m_perMember->setObjectName(QStringLiteral("perMemberRadio"));
    m_pageSize->setObjectName(QStringLiteral("pageSizeCombo"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_path->setObjectName(QStringLiteral("exportPathEdit"));
    m_path->setMinimumWidth(m_path->fontMetrics().averageCharWidth() * 48);
    m_path->setText(QDir::toNativeSeparators(
        QDir(exportStartFolder(folderKey)).filePath(lettersFileName(plan))));
    m_pageSize->addItem(tr("A4 (210 × 297 mm)"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter (8.5 × 11 in)"), int(QPageSize::Letter));
    m_pageSize->setCurrentIndex(
        m_pageSize->findData(int(ExportPdfDialog::defaultPageSize(QLocale::system()))));
    for (const LanguageChoice &language : supportedLanguages())
        m_language->addItem(language.nativeName, language.code);
    const QString planLanguage =
        isSupportedLanguage(plan.info.language) ? plan.info.language : Translators::current();
    m_language->setCurrentIndex(qMax(0, m_language->findData(planLanguage)));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportLettersDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportLettersDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this,
            [this] { m_ok->setEnabled(!outputPath().isEmpty()); });
    connect(m_perMember, &QRadioButton::toggled, this, &ExportLettersDialog::switchMode);

    auto *mode = new QVBoxLayout;
    mode->addWidget(m_onePdf);
    mode->addWidget(m_perMember);
    auto *form = new QFormLayout;
    form->addRow(tr("Write:"), mode);
    form->addRow(tr("&File or folder:"), makePathRow());
    form->addRow(tr("&Page size:"), m_pageSize);
    form->addRow(tr("&Language:"), m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QWidget *ExportLettersDialog::makePathRow()
{
    auto *row = new QWidget(this);
    auto *browse = new QPushButton(tr("&Browse…"), row);
    connect(browse, &QPushButton::clicked, this, &ExportLettersDialog::browse);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_path, 1);
    layout->addWidget(browse);
    return row;
}

bool ExportLettersDialog::perMember() const
{
    return m_perMember->isChecked();
}

QString ExportLettersDialog::outputPath() const
{
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty())
        return {};
    path = QDir(exportStartFolder(folderKey)).absoluteFilePath(path);
    if (!perMember() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    return QDir::cleanPath(path);
}

LetterOptions ExportLettersDialog::options() const
{
    return {QPageSize::PageSizeId(m_pageSize->currentData().toInt()),
            m_language->currentData().toString()};
}

// The path follows the mode: the folder of the file for a PDF per member, a file in the folder
// for one PDF.
void ExportLettersDialog::switchMode()
{
    // The path as typed: outputPath() already reads it in the new mode.
    const QString typed =
        QDir(exportStartFolder(folderKey))
            .absoluteFilePath(QDir::fromNativeSeparators(m_path->text().trimmed()));
    const QString path = perMember() ? QFileInfo(typed).absolutePath()
                                     : QDir(typed).filePath(lettersFileName(m_plan));
    m_path->setText(QDir::toNativeSeparators(QDir::cleanPath(path)));
}

void ExportLettersDialog::browse()
{
    const QString chosen =
        perMember()
            ? QFileDialog::getExistingDirectory(this, tr("Export the letters into"), outputPath())
            : QFileDialog::getSaveFileName(this, tr("Export the target letters as PDF"),
                                           outputPath(), tr("PDF documents (*.pdf)"));
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

// Asks once whether to replace the letters already in the folder; true when none is there.
bool ExportLettersDialog::confirmReplacing(const QStringList &paths)
{
    const qsizetype existing = std::count_if(
        paths.begin(), paths.end(), [](const QString &p) { return QFileInfo(p).isFile(); });
    if (existing == 0)
        return true;
    return QMessageBox::question(this, tr("Replace the letters?"),
                                 tr("%n of the letters already exist in the folder. Replace them?",
                                    nullptr, int(existing))) == QMessageBox::Yes;
}

void ExportLettersDialog::accept()
{
    const QString path = outputPath();
    if (perMember() && !QFileInfo(path).isDir()) {
        QMessageBox::warning(this, tr("No such folder"),
                             tr("%1 is not a folder.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (perMember() && !confirmReplacing(letterPdfPaths(m_plan, path, options())))
        return;
    if (!perMember() && QFileInfo(path).isFile() &&
        QMessageBox::question(
            this, tr("Replace the file?"),
            tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path))) !=
            QMessageBox::Yes)
        return;
    QSettings().setValue(folderKey, perMember() ? path : QFileInfo(path).absolutePath());
    QDialog::accept();
}

QString ExportLettersDialog::exportInteractively(const Plan &plan, QWidget *parent)
{
    ExportLettersDialog dialog(plan, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const QString path = dialog.outputPath();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Status written = Success{};
    if (dialog.perMember()) {
        if (const Result<QStringList> paths = writeLetterPdfs(plan, path, dialog.options()); !paths)
            written = paths.error();
    } else {
        written = writeLettersPdf(plan, path, dialog.options());
    }
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(parent, tr("Cannot export the target letters"),
                             written.error().message());
        return {};
    }
    return path;
}

} // namespace salesplan::ui
