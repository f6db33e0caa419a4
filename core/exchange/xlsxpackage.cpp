#include "exchange/xlsxpackage.h"

#include <QBuffer>
#include <QCoreApplication>

#include <quazip.h>
#include <quazipfile.h>

namespace salesplan {

namespace {

struct XlsxPackageWords
{
    Q_DECLARE_TR_FUNCTIONS(XlsxPackage)
};

using Words = XlsxPackageWords;

// An OLE compound file: what Excel 97–2003 writes, and what Excel wraps a workbook with a password
// in (its "EncryptionInfo" stream, named in UTF-16).
bool isCompoundFile(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"));
}

bool hasEncryptionInfo(const QByteArray &bytes)
{
    static const QByteArray name = [] {
        const QString text = QStringLiteral("EncryptionInfo");
        return QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    }();
    return bytes.contains(name);
}

QString megabytes(quint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 0);
}

Error tooLarge(const QString &part)
{
    return Error{{},
                 Words::tr("the workbook's part %1 unpacks to more than %2 MB, the most "
                           "SalesPlan reads from one part; keep the history in a smaller "
                           "workbook or save it as CSV")
                     .arg(part, megabytes(XlsxPackage::maxPartBytes))};
}

} // namespace

bool isZipOrCompoundFile(const QByteArray &bytes)
{
    return bytes.startsWith("PK\x03\x04") || isCompoundFile(bytes);
}

XlsxPackage::~XlsxPackage() = default;

Result<std::shared_ptr<XlsxPackage>> XlsxPackage::open(const QByteArray &bytes)
{
    if (isCompoundFile(bytes)) {
        if (hasEncryptionInfo(bytes)) {
            return Error{{},
                         Words::tr("the workbook is password-protected; save it without a "
                                   "password and import it again")};
        }
        return Error{{},
                     Words::tr("the file is an Excel 97–2003 .xls workbook; save it as .xlsx or "
                               "CSV and import it again")};
    }
    std::shared_ptr<XlsxPackage> package(new XlsxPackage);
    package->m_bytes = bytes;
    package->m_buffer = std::make_unique<QBuffer>(&package->m_bytes);
    package->m_zip = std::make_unique<QuaZip>(package->m_buffer.get());
    if (!bytes.startsWith("PK") || !package->m_zip->open(QuaZip::mdUnzip)) {
        return Error{{},
                     Words::tr("the file is not a complete .xlsx workbook: it is cut short or "
                               "not a workbook at all")};
    }
    for (const QuaZipFileInfo64 &info : package->m_zip->getFileInfoList64())
        package->m_sizes.insert(info.name, info.uncompressedSize);
    if (package->m_sizes.isEmpty() || !package->contains(QStringLiteral("[Content_Types].xml"))) {
        return Error{{}, Words::tr("the file is a zip archive but not an .xlsx workbook")};
    }
    if (const Status macros = package->refuseMacros(); !macros)
        return macros.error();
    return package;
}

Status XlsxPackage::refuseMacros() const
{
    const Result<QByteArray> types = read(QStringLiteral("[Content_Types].xml"));
    if (!types)
        return types.error();
    if (contains(QStringLiteral("xl/vbaProject.bin")) || types->contains("macroEnabled")) {
        return Error{{},
                     Words::tr("the workbook holds macros (an .xlsm workbook), which SalesPlan "
                               "does not open; save it as .xlsx without macros or as CSV")};
    }
    return Success{};
}

Result<QByteArray> XlsxPackage::read(const QString &part) const
{
    if (!contains(part))
        return Error{{}, Words::tr("the workbook has no part %1; it is damaged").arg(part)};
    if (m_sizes.value(part) > quint64(maxPartBytes))
        return tooLarge(part);
    QuaZipFile file(m_zip.get());
    const Error damaged{{}, Words::tr("the workbook's part %1 is damaged").arg(part)};
    if (!m_zip->setCurrentFile(part) || !file.open(QIODevice::ReadOnly))
        return damaged;
    QByteArray data;
    data.reserve(qsizetype(m_sizes.value(part)));
    // The zip's directory may lie: the limit holds for what is unpacked too.
    constexpr qint64 chunk = 1024 * 1024;
    while (!file.atEnd()) {
        const QByteArray piece = file.read(chunk);
        if (piece.isEmpty())
            break;
        data += piece;
        if (data.size() > maxPartBytes)
            return tooLarge(part);
    }
    file.close();
    if (file.getZipError() != UNZ_OK || data.size() != qsizetype(m_sizes.value(part)))
        return damaged;
    return data;
}

} // namespace salesplan
