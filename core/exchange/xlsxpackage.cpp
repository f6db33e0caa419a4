#include "exchange/xlsxpackage.h"

#include <QCoreApplication>

#include <unzip.h>

#include <algorithm>
#include <array>

namespace salesplan {

namespace {

struct XlsxPackageWords
{
    Q_DECLARE_TR_FUNCTIONS(XlsxPackage)
};

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
    return Error{
        {},
        XlsxPackageWords::tr("the workbook's part %1 unpacks to more than %2 MB, the most "
                             "SalesPlan reads from one part; keep the history in a smaller "
                             "workbook or save it as CSV")
            .arg(part, megabytes(XlsxPackage::maxPartBytes))};
}

// minizip reads the package from memory through these, its "file" being the package itself.
XlsxPackage *packageOf(voidpf opaque)
{
    return static_cast<XlsxPackage *>(opaque);
}

} // namespace

// The byte access minizip needs, over XlsxPackage::m_bytes; friends of XlsxPackage.
struct XlsxPackageStream
{
    static voidpf ZCALLBACK open(voidpf opaque, const void *, int)
    {
        packageOf(opaque)->m_position = 0;
        return opaque;
    }
    static uLong ZCALLBACK read(voidpf opaque, voidpf, void *buffer, uLong size)
    {
        XlsxPackage *package = packageOf(opaque);
        const qint64 left = package->m_bytes.size() - package->m_position;
        const qint64 count = std::clamp<qint64>(qint64(size), 0, std::max<qint64>(left, 0));
        std::copy_n(package->m_bytes.constData() + package->m_position, count,
                    static_cast<char *>(buffer));
        package->m_position += count;
        return uLong(count);
    }
    static uLong ZCALLBACK write(voidpf, voidpf, const void *, uLong) { return 0; }
    static ZPOS64_T ZCALLBACK tell(voidpf opaque, voidpf)
    {
        return ZPOS64_T(packageOf(opaque)->m_position);
    }
    static long ZCALLBACK seek(voidpf opaque, voidpf, ZPOS64_T offset, int origin)
    {
        XlsxPackage *package = packageOf(opaque);
        const qint64 size = package->m_bytes.size();
        qint64 base = 0;
        if (origin == ZLIB_FILEFUNC_SEEK_CUR)
            base = package->m_position;
        else if (origin == ZLIB_FILEFUNC_SEEK_END)
            base = size;
        if (offset > ZPOS64_T(size) || base + qint64(offset) > size)
            return -1;
        package->m_position = base + qint64(offset);
        return 0;
    }
    static int ZCALLBACK close(voidpf, voidpf) { return 0; }
    static int ZCALLBACK error(voidpf, voidpf) { return 0; }
};

namespace {

// The names and unpacked sizes of the package's parts, as its zip directory says; empty when the
// directory cannot be read.
QHash<QString, quint64> partSizes(unzFile zip)
{
    QHash<QString, quint64> sizes;
    for (int status = unzGoToFirstFile(zip); status == UNZ_OK; status = unzGoToNextFile(zip)) {
        unz_file_info64 info{};
        std::array<char, 4096> name{};
        if (unzGetCurrentFileInfo64(zip, &info, name.data(), uLong(name.size()), nullptr, 0,
                                    nullptr, 0) != UNZ_OK)
            return {};
        sizes.insert(QString::fromUtf8(name.data()), info.uncompressed_size);
    }
    return sizes;
}

} // namespace

bool isZipOrCompoundFile(const QByteArray &bytes)
{
    return bytes.startsWith("PK\x03\x04") || isCompoundFile(bytes);
}

XlsxPackage::~XlsxPackage()
{
    if (m_zip)
        unzClose(m_zip);
}

Result<std::shared_ptr<XlsxPackage>> XlsxPackage::open(const QByteArray &bytes)
{
    if (isCompoundFile(bytes)) {
        if (hasEncryptionInfo(bytes)) {
            return Error{
                {},
                XlsxPackageWords::tr("the workbook is password-protected; save it without a "
                                     "password and import it again")};
        }
        return Error{
            {},
            XlsxPackageWords::tr("the file is an Excel 97–2003 .xls workbook; save it as .xlsx or "
                                 "CSV and import it again")};
    }
    std::shared_ptr<XlsxPackage> package(new XlsxPackage);
    package->m_bytes = bytes;
    zlib_filefunc64_def stream{&XlsxPackageStream::open,  &XlsxPackageStream::read,
                               &XlsxPackageStream::write, &XlsxPackageStream::tell,
                               &XlsxPackageStream::seek,  &XlsxPackageStream::close,
                               &XlsxPackageStream::error, package.get()};
    if (bytes.startsWith("PK"))
        package->m_zip = unzOpen2_64("workbook.xlsx", &stream);
    if (!package->m_zip) {
        return Error{
            {},
            XlsxPackageWords::tr("the file is not a complete .xlsx workbook: it is cut short or "
                                 "not a workbook at all")};
    }
    package->m_sizes = partSizes(package->m_zip);
    if (package->m_sizes.isEmpty() || !package->contains(QStringLiteral("[Content_Types].xml"))) {
        return Error{{},
                     XlsxPackageWords::tr("the file is a zip archive but not an .xlsx workbook")};
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
        return Error{
            {},
            XlsxPackageWords::tr("the workbook holds macros (an .xlsm workbook), which SalesPlan "
                                 "does not open; save it as .xlsx without macros or as CSV")};
    }
    return Success{};
}

Result<QByteArray> XlsxPackage::read(const QString &part) const
{
    if (!contains(part))
        return Error{{},
                     XlsxPackageWords::tr("the workbook has no part %1; it is damaged").arg(part)};
    if (m_sizes.value(part) > quint64(maxPartBytes))
        return tooLarge(part);
    const Error damaged{{}, XlsxPackageWords::tr("the workbook's part %1 is damaged").arg(part)};
    if (unzLocateFile(m_zip, part.toUtf8().constData(), 1) != UNZ_OK ||
        unzOpenCurrentFile(m_zip) != UNZ_OK)
        return damaged;
    QByteArray data;
    data.reserve(qsizetype(m_sizes.value(part)));
    // The zip's directory may lie: the limit holds for what is unpacked too.
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    int count = 0;
    while ((count = unzReadCurrentFile(m_zip, chunk.data(), unsigned(chunk.size()))) > 0) {
        data.append(chunk.constData(), count);
        if (data.size() > maxPartBytes) {
            unzCloseCurrentFile(m_zip);
            return tooLarge(part);
        }
    }
    // A bad checksum shows when the part is closed.
    if (unzCloseCurrentFile(m_zip) != UNZ_OK || count < 0 ||
        data.size() != qsizetype(m_sizes.value(part)))
        return damaged;
    return data;
}

} // namespace salesplan
