#pragma once

#include "plan/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

class QBuffer;
class QuaZip;

// The zip package of an .xlsx workbook, opened from its bytes: refuses in words what is no .xlsx
// (a password-protected or Excel 97–2003 workbook, a macro workbook, a file cut short) and reads
// its parts, none larger than maxPartBytes unpacked.
namespace salesplan {

// Whether `bytes` begin like a zip file (an .xlsx) or an OLE compound file (an .xls, or a
// workbook with a password), whatever the file's name says.
bool isZipOrCompoundFile(const QByteArray &bytes);

class XlsxPackage
{
public:
    // The most a part (a sheet, the shared strings) may unpack to: far more than a history of
    // 100,000 rows needs, far less than what would stall the import.
    static constexpr qint64 maxPartBytes = 64 * 1024 * 1024;

    static Result<std::shared_ptr<XlsxPackage>> open(const QByteArray &bytes);
    ~XlsxPackage();
    XlsxPackage(const XlsxPackage &) = delete;
    XlsxPackage &operator=(const XlsxPackage &) = delete;

    bool contains(const QString &part) const { return m_sizes.contains(part); }
    // The unpacked bytes of `part` ("xl/workbook.xml"); refused when it is missing, damaged or
    // larger than maxPartBytes, whatever its zip header says.
    Result<QByteArray> read(const QString &part) const;

private:
    XlsxPackage() = default;
    Status refuseMacros() const;

    QByteArray m_bytes;
    std::unique_ptr<QBuffer> m_buffer;
    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, quint64> m_sizes; // unpacked size by part name, as the zip's directory says
};

} // namespace salesplan
