#!/usr/bin/python3
"""Writes the .xlsx workbooks the history import is tested with into the folder given.

openpyxl (an independent writer) makes the ordinary workbooks; the zip module makes the parts
openpyxl cannot write: cached formula values, shared strings of rich text, a million empty rows,
100 MB of shared strings, a part whose zip header understates its size, a macro workbook, and an
OLE file like the one Excel wraps a password-protected workbook in. Run by the tests with Debian's /usr/bin/python3.
"""
import datetime
import os
import sys
import zipfile

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

OUT = sys.argv[1]
BENCH_ROWS = int(sys.argv[2]) if len(sys.argv) > 2 else 0


def path(name):
    return os.path.join(OUT, name)


def chinese_history():
    """A title above a header merged over two rows, dates, shared strings, a total row, and a
    second sheet."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "2025销售"
    sheet["A1"] = "2025年销售明细"
    sheet.merge_cells("A1:E1")
    for column, name in zip("ABCD", ["月份", "区域", "产品", "销售人员"]):
        sheet[f"{column}2"] = name
        sheet.merge_cells(f"{column}2:{column}3")
    sheet["E2"] = "销售额明细"
    sheet["E3"] = "金额"
    rows = [
        (datetime.date(2025, 1, 1), "华东", "软件", "王芳", 120000),
        (datetime.date(2025, 2, 1), "华东", "服务", "王芳", 1234.5),
        (datetime.datetime(2025, 3, 15, 10, 30), "华北", "软件", "李强", 98000),
        (datetime.date(2025, 4, 1), "华北", "服务", "李强", "¥1,234.50"),
        ("2025年5月", "华南", "软件", "陈静", -3500),
    ]
    for offset, row in enumerate(rows):
        for column, value in zip("ABCDE", row):
            sheet[f"{column}{4 + offset}"] = value
        sheet[f"A{4 + offset}"].number_format = "yyyy-mm" if offset != 2 else "yyyy/m/d h:mm"
    total = 4 + len(rows)
    sheet[f"A{total}"] = "合计"
    sheet[f"E{total}"] = f"=SUM(E4:E{total - 1})"

    second = book.create_sheet("2024")
    second.append(["Month", "Region", "Amount"])
    second.append([datetime.date(2024, 11, 1), "East", 500])
    second.append([datetime.date(2024, 12, 1), "East", 700])
    book.create_sheet("说明")["A1"] = "单位：元"
    book.save(path("history-zh.xlsx"))


def history_1904():
    book = openpyxl.Workbook()
    book.epoch = CALENDAR_MAC_1904
    sheet = book.active
    sheet.append(["Month", "Amount"])
    sheet.append([datetime.date(2026, 1, 1), 100])
    sheet.append([datetime.date(2026, 2, 1), 200.25])
    book.save(path("history-1904.xlsx"))


def bad_rows():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["month", "amount"])
    for month in range(1, 6):
        sheet.append([f"2026-{month:02}", month * 100])
    sheet.append(["2026-06", "abc"])  # row 7
    sheet.append(["2026-13", 5])  # row 8
    book.save(path("history-bad-rows.xlsx"))


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="{main}"/>
</Types>"""
XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
XLSM_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""
STYLES = """<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="&quot;Day&quot;\\ 0.00"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="0"/></cellXfs>
</styleSheet>"""
SHEET = """<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>"""


def handmade(name, sheet_rows, shared_strings, main=XLSX_MAIN, extra=None):
    """A workbook of one sheet "Data" written part by part."""
    with zipfile.ZipFile(path(name), "w", zipfile.ZIP_DEFLATED, compresslevel=1) as book:
        book.writestr("[Content_Types].xml", CONTENT_TYPES.format(main=main))
        book.writestr("_rels/.rels", ROOT_RELS)
        book.writestr("xl/workbook.xml", WORKBOOK)
        book.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        book.writestr("xl/styles.xml", STYLES)
        with book.open("xl/sharedStrings.xml", "w", force_zip64=True) as strings:
            strings.write(b'<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            for chunk in shared_strings:
                strings.write(chunk)
            strings.write(b"</sst>")
        with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            head, tail = SHEET.split("{rows}")
            sheet.write(head.encode())
            for chunk in sheet_rows:
                sheet.write(chunk.encode())
            sheet.write(tail.encode())
        for part, data in (extra or {}).items():
            book.writestr(part, data)


def cells_of_every_kind():
    """Inline strings, rich text with a phonetic reading, cached formula values, booleans, a date
    serial, a number format that only looks like one, skipped columns (the amount in AB)."""
    strings = [b"<si><r><t>Am</t></r><r><rPr><b/></rPr><t>ount</t></r><rPh sb=\"0\" eb=\"1\"><t>x</t></rPh></si>",
               b"<si><t>East</t></si>"]
    rows = [
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Month</t></is></c><c r="B1" t="inlineStr"><is><t>Region</t></is></c>'
        '<c r="D1" t="inlineStr"><is><t>Checked</t></is></c><c r="E1" t="inlineStr"><is><t>Days</t></is></c><c r="AB1" t="s"><v>0</v></c></row>',
        '<row r="2"><c r="A2" s="1"><v>46023</v></c><c r="B2" t="s"><v>1</v></c><c r="D2" t="b"><v>1</v></c>'
        '<c r="E2" s="2"><v>3</v></c><c r="AB2"><f>1000+234.5</f><v>1234.5</v></c></row>',
        '<row r="3"><c r="A3" s="3"/><c r="B3" s="3"/></row>',
        '<row r="5"><c r="A5" t="str"><f>"2026-"&amp;"02"</f><v>2026-02</v></c><c r="AB5"><v>0.30000000000000004</v></c></row>',
        '<row><c t="inlineStr"><is><t>2026-03</t></is></c><c/><c/><c/><c/><c r="AB6"><v>1E+3</v></c></row>',
    ]
    handmade("cells.xlsx", rows, strings)


def dates_1900_edges():
    rows = ['<row r="1"><c r="A1" t="inlineStr"><is><t>Month</t></is></c><c r="B1" t="inlineStr"><is><t>Amount</t></is></c></row>']
    for row, serial in enumerate([59, 60, 61, 1, 45658.75], start=2):
        rows.append(f'<row r="{row}"><c r="A{row}" s="1"><v>{serial}</v></c><c r="B{row}"><v>1</v></c></row>')
    handmade("dates-1900.xlsx", rows, [])


def empty_rows():
    """A header, a million formatted but empty rows, one row of data."""
    def rows():
        yield '<row r="1"><c r="A1" t="inlineStr"><is><t>month</t></is></c><c r="B1" t="inlineStr"><is><t>amount</t></is></c></row>'
        batch = []
        for row in range(2, 1_000_002):
            batch.append(f'<row r="{row}"><c r="A{row}" s="3"/></row>')
            if len(batch) == 10000:
                yield "".join(batch)
                batch = []
        yield "".join(batch)
        yield '<row r="1000002"><c r="A1000002" t="inlineStr"><is><t>2026-03</t></is></c><c r="B1000002"><v>5</v></c></row>'
    handmade("empty-rows.xlsx", rows(), [])


def huge_shared_strings():
    """A shared-strings part of 100 MB unpacked."""
    item = b"<si><t>" + b"x" * 1000 + b"</t></si>"
    handmade("huge-strings.xlsx", [], (item for _ in range(100 * 1024 * 1024 // len(item) + 1)))


def understated_size():
    """A shared-strings part of 1 MB whose zip directory says 1,000 bytes."""
    item = b"<si><t>" + b"x" * 1000 + b"</t></si>"
    handmade("understated.xlsx", [], [item] * 1000)
    with open(path("understated.xlsx"), "rb") as book:
        data = bytearray(book.read())
    name = b"xl/sharedStrings.xml"
    entry = data.rfind(b"PK\x01\x02", 0, data.rfind(name))  # its central directory entry
    assert data[entry + 46: entry + 46 + len(name)] == name
    if data[entry + 24: entry + 28] == b"\xff\xff\xff\xff":  # the size is in the zip64 field
        field = entry + 46 + len(name) + 4
        data[field: field + 8] = (1000).to_bytes(8, "little")
    else:
        data[entry + 24: entry + 28] = (1000).to_bytes(4, "little")
    with open(path("understated.xlsx"), "wb") as book:
        book.write(data)


def macro_workbook():
    handmade("macros.xlsm", ['<row r="1"><c r="A1" t="inlineStr"><is><t>month</t></is></c></row>'], [],
             main=XLSM_MAIN, extra={"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0"})


def password_protected():
    """What Excel writes for a workbook with a password: an OLE compound file whose directory
    names the EncryptionInfo and EncryptedPackage streams (the streams' contents left out)."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    directory = b""
    for name in ["Root Entry", "EncryptionInfo", "EncryptedPackage"]:
        encoded = name.encode("utf-16-le") + b"\0\0"
        directory += encoded + b"\0" * (64 - len(encoded)) + len(encoded).to_bytes(2, "little") + b"\0" * 62
    with open(path("password.xlsx"), "wb") as out:
        out.write(header + directory + b"\0" * (4096 - len(header) - len(directory)))


def truncated():
    with open(path("history-zh.xlsx"), "rb") as whole:
        data = whole.read()
    with open(path("truncated.xlsx"), "wb") as out:
        out.write(data[: len(data) // 2])


def bench_history(rows):
    """`rows` rows of month, region, product, member and amount: months as dates with a date
    format (openpyxl writes text as inline strings)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "History"
    sheet.append(["月份", "区域", "产品", "销售人员", "金额"])
    regions = ["华东", "华北", "华南", "西部"]
    products = ["软件", "服务", "硬件"]
    for i in range(rows):
        sheet.append([datetime.date(2020 + i % 6, 1 + i % 12, 1), regions[i % 4], products[i % 3],
                      f"销售{i % 200:03}", 1000 + (i * 37) % 90000 + 0.5])
        sheet.cell(row=i + 2, column=1).number_format = "yyyy-mm"
    book.save(path("bench-history.xlsx"))


if BENCH_ROWS:
    bench_history(BENCH_ROWS)
else:
    chinese_history()
    history_1904()
    bad_rows()
    cells_of_every_kind()
    dates_1900_edges()
    empty_rows()
    huge_shared_strings()
    understated_size()
    macro_workbook()
    password_protected()
    truncated()
