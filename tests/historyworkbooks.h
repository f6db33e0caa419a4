#pragma once

#include <QString>

// The .xlsx workbooks the history import is tested and measured with, written at run time by
// tests/data/make_history_workbooks.py with Debian's python3 and openpyxl, an independent writer.
namespace historyworkbooks {

// The path of the workbook `name` ("history-zh.xlsx"), all of them written into a temporary
// folder on the first call; empty when python3 or openpyxl failed (said on stderr).
QString path(const QString &name);

// The path of a workbook of `rows` history rows on the sheet "History"; empty on failure.
QString benchWorkbook(int rows);

} // namespace historyworkbooks
