#include "exchange/texttable.h"

#include <QCoreApplication>

namespace salesplan {

namespace {

struct TextTableWords
{
    Q_DECLARE_TR_FUNCTIONS(TextTable)
};

} // namespace

QString rowPlace(const QString &sheet, int line)
{
    if (sheet.isEmpty())
        return TextTableWords::tr("line %1").arg(line);
    //: A row of a workbook's sheet: "Sheet1, row 7".
    return TextTableWords::tr("%1, row %2").arg(sheet).arg(line);
}

} // namespace salesplan
