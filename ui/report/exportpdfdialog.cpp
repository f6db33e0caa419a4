#include "report/exportpdfdialog.h"

#include "accessiblename.h"
#include "language/language.h"
#include "plan/format.h"
#include "plan/sectiontitle.h"
#include "report/exportpaths.h"
#include "summary/planreview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace salesplan::ui {

namespace {

const QString pageKey = QStringLiteral("exportPdf/page");
const QString languageKey = QStringLiteral("exportPdf/language");
const QString folderKey = QStringLiteral("exportPdf/folder");
const QString confidentialityKey = QStringLiteral("exportPdf/confidentiality");
constexpr int sectionRole = Qt::UserRole;

// The plan's own language when SalesPlan speaks it, else the last export's, else the UI's.
QString defaultLanguage(const Plan &plan)
{
    if (isSupportedLanguage(plan.info.language))
        return plan.info.language;
    const QString last = QSettings().value(languageKey).toString();
    return isSupportedLanguage(last) ? last : Translators::current();
}

QPageSize::PageSizeId rememberedPageSize()
{
    const QString page = QSettings().value(pageKey).toString();
    if (page == QStringLiteral("A4"))
        return QPageSize::A4;
    if (page == QStringLiteral("Letter"))
        return QPageSize::Letter;
    return ExportPdfDialog::defaultPageSize(QLocale::system());
}

} // namespace

ExportPdfDialog::ExportPdfDialog(const Plan &plan, QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(this))
    , m_pageSize(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_sections(new QListWidget(this))
    , m_openPoints(new QCheckBox(tr("List the &open points in the appendix"), this))
    , m_reviewMonth(new QComboBox(this))
    , m_confidentiality(new QLineEdit(rememberedConfidentiality(), this))
{
    setObjectName(QStringLiteral("exportPdfDialog"));
    setWindowTitle(tr("Export PDF"));
    m_path->setObjectName(QStringLiteral("exportPathEdit"));
    m_path->setText(QDir::toNativeSeparators(
        QDir(exportStartFolder(folderKey)).filePath(exportFileName(plan, QStringLiteral(".pdf")))));
    m_path->setMinimumWidth(m_path->fontMetrics().averageCharWidth() * 48);
    fillPageSizes();
    fillLanguages(plan);
    fillSections();
    fillReviewMonths(plan);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportPdfDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportPdfDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &ExportPdfDialog::updateOkButton);
    connect(m_sections, &QListWidget::itemChanged, this, &ExportPdfDialog::updateOkButton);

    auto *form = new QFormLayout;
    QWidget *pathRow = makePathRow();
    form->addRow(tr("&File:"), pathRow);
    labelField(qobject_cast<QLabel *>(form->labelForField(pathRow)), m_path);
    form->addRow(tr("&Page size:"), m_pageSize);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Sections:"), m_sections);
    labelField(qobject_cast<QLabel *>(form->labelForField(m_sections)), m_sections);
    m_openPoints->setObjectName(QStringLiteral("openPointsCheck"));
    form->addRow(QString(), m_openPoints);
    auto *always = new QLabel(tr("The cover, the summary, the contents, the sign-off and the "
                                 "appendix of details always come."));
    always->setWordWrap(true);
    form->addRow(QString(), always);
    form->addRow(tr("Execution &review for:"), m_reviewMonth);
    m_confidentiality->setObjectName(QStringLiteral("confidentialityEdit"));
    m_confidentiality->setPlaceholderText(
        tr("Optional, e.g. Confidential — for the leadership team only"));
    m_confidentiality->setToolTip(tr("Printed on the cover and in every page's footer."));
    form->addRow(tr("&Confidentiality line:"), m_confidentiality);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateOkButton();
}

QWidget *ExportPdfDialog::makePathRow()
{
    auto *row = new QWidget(this);
    auto *browse = new QPushButton(tr("&Browse…"), row);
    browse->setObjectName(QStringLiteral("browseButton"));
    connect(browse, &QPushButton::clicked, this, &ExportPdfDialog::browse);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_path, 1);
    layout->addWidget(browse);
    setTabOrder(m_path, browse); // made after the dialog's buttons, it comes right after the path
    return row;
}

void ExportPdfDialog::fillPageSizes()
{
    m_pageSize->setObjectName(QStringLiteral("pageSizeCombo"));
    m_pageSize->addItem(tr("A4 (210 × 297 mm)"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter (8.5 × 11 in)"), int(QPageSize::Letter));
    m_pageSize->setCurrentIndex(m_pageSize->findData(int(rememberedPageSize())));
}

void ExportPdfDialog::fillLanguages(const Plan &plan)
{
    m_language->setObjectName(QStringLiteral("languageCombo"));
    const QList<LanguageChoice> languages = supportedLanguages();
    for (const LanguageChoice &language : languages)
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(defaultLanguage(plan))));
}

void ExportPdfDialog::fillSections()
{
    m_sections->setObjectName(QStringLiteral("sectionList"));
    for (int s = 0; s < sectionCount; ++s) {
        auto *item = new QListWidgetItem(sectionTitle(Section(s)), m_sections);
        item->setData(sectionRole, s);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    // Every section in sight, without a scroll bar.
    const int rows = m_sections->sizeHintForRow(0) * m_sections->count();
    m_sections->setFixedHeight(rows + 2 * m_sections->frameWidth() + 4);
}

QString ExportPdfDialog::outputPath() const
{
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty())
        return {};
    path = QDir(exportStartFolder(folderKey)).absoluteFilePath(path);
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    return QDir::cleanPath(path);
}

void ExportPdfDialog::fillReviewMonths(const Plan &plan)
{
    m_reviewMonth->setObjectName(QStringLiteral("reviewMonthCombo"));
    //: Export PDF ▸ Execution review for: no review section.
    m_reviewMonth->addItem(tr("None"));
    for (int month = 0; month < Period::monthCount; ++month)
        m_reviewMonth->addItem(
            formatMonthOfYear(plan.info.period.monthStart(month), MonthForm::Long), month);
    // The latest month with actuals when the plan year has any.
    const MonthActuals actuals = planYearActuals(plan);
    const bool booked =
        std::any_of(actuals.begin(), actuals.end(),
                    [](const std::optional<qint64> &month) { return month.has_value(); });
    m_reviewMonth->setCurrentIndex(booked ? latestActualMonth(plan) + 1 : 0);
    m_reviewMonth->setToolTip(tr("Adds the month's attainment, forecast, KPI board, deviations "
                                 "and open actions as a section of the report."));
}

ReportOptions ExportPdfDialog::options() const
{
    ReportOptions options;
    options.page = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    options.language = m_language->currentData().toString();
    options.sections.clear();
    for (int row = 0; row < m_sections->count(); ++row) {
        const QListWidgetItem *item = m_sections->item(row);
        if (item->checkState() == Qt::Checked)
            options.sections.append(Section(item->data(sectionRole).toInt()));
    }
    options.includeOpenPoints = m_openPoints->isChecked();
    if (const QVariant month = m_reviewMonth->currentData(); month.isValid())
        options.reviewMonth = month.toInt();
    options.confidentiality = m_confidentiality->text().simplified();
    return options;
}

QPageSize::PageSizeId ExportPdfDialog::defaultPageSize(const QLocale &locale)
{
    const QLocale::Territory territory = locale.territory();
    return territory == QLocale::UnitedStates || territory == QLocale::Canada ? QPageSize::Letter
                                                                              : QPageSize::A4;
}

QString ExportPdfDialog::rememberedConfidentiality()
{
    return QSettings().value(confidentialityKey).toString();
}

void ExportPdfDialog::accept()
{
    if (!confirmOverwrite())
        return;
    rememberChoices();
    QDialog::accept();
}

void ExportPdfDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export the plan as PDF"),
                                                        outputPath(), tr("PDF documents (*.pdf)"));
    if (chosen.isEmpty())
        return;
    m_confirmedPath = QDir::cleanPath(chosen);
    m_path->setText(QDir::toNativeSeparators(chosen));
}

void ExportPdfDialog::updateOkButton()
{
    m_ok->setEnabled(!outputPath().isEmpty() && !options().sections.isEmpty());
}

bool ExportPdfDialog::confirmOverwrite()
{
    const QString path = outputPath();
    if (path == m_confirmedPath || !QFileInfo(path).isFile())
        return true;
    return QMessageBox::question(
               this, tr("Replace the file?"),
               tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path))) ==
           QMessageBox::Yes;
}

void ExportPdfDialog::rememberChoices() const
{
    QSettings settings;
    settings.setValue(pageKey, m_pageSize->currentData().toInt() == int(QPageSize::Letter)
                                   ? QStringLiteral("Letter")
                                   : QStringLiteral("A4"));
    settings.setValue(languageKey, m_language->currentData().toString());
    settings.setValue(folderKey, QFileInfo(outputPath()).absolutePath());
    settings.setValue(confidentialityKey, m_confidentiality->text().simplified());
}

} // namespace salesplan::ui
