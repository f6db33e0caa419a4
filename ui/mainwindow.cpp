#include "mainwindow.h"

#include "overviewpage.h"
#include "store/planfile.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace salesplan::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_navigator(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_overview(new OverviewPage(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_note->setObjectName(QStringLiteral("statusNote"));
    statusBar()->addWidget(m_note, 1);
    createMenus();
    createNavigator();
    resize(1280, 800);
    showPlan(makeDefaultPlan(), {});
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = fileMenu->addAction(tr("&Open…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open plan"), {},
                                                          tr("Sales plans (*.salesplan)"));
        if (!path.isEmpty())
            openFile(path);
    });
    open->setShortcut(QKeySequence::Open);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About SalesPlan"), this, [this] {
        QMessageBox::about(this, tr("About SalesPlan"),
                           tr("<h3>SalesPlan %1</h3><p>Write next year's sales plan, decompose "
                              "the target and present it — offline.</p>")
                               .arg(QStringLiteral(SALESPLAN_VERSION)));
    });
}

void MainWindow::createNavigator()
{
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setAccessibleName(tr("Plan sections"));
    m_navigator->addItem(tr("Overview"));
    m_pages->addWidget(m_overview);
    connect(m_navigator, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 1080});
    setCentralWidget(splitter);
    m_navigator->setCurrentRow(0);
}

bool MainWindow::openFile(const QString &path)
{
    auto opened = PlanFile::open(path, PlanFile::Access::ReadWrite);
    if (!opened) {
        QMessageBox::warning(this, tr("Cannot open the plan"), opened.error().message());
        return false;
    }
    m_file = std::move(opened.value());
    showPlan(m_file->plan(), path);
    if (m_file->isReadOnly())
        showNote(tr("Opened read-only: %1").arg(m_file->readOnlyReason()));
    return true;
}

QStringList MainWindow::saveScreenshots(const QString &folder)
{
    QStringList written;
    for (int row = 0; row < m_navigator->count(); ++row) {
        m_navigator->setCurrentRow(row);
        QApplication::processEvents();
        const QString path =
            QDir(folder).filePath(QStringLiteral("%1-%2.png")
                                      .arg(row + 1, 2, 10, QChar(u'0'))
                                      .arg(m_pages->currentWidget()->objectName()));
        if (grab().save(path))
            written.append(path);
    }
    return written;
}

void MainWindow::showNote(const QString &note)
{
    m_note->setText(note);
}

void MainWindow::showPlan(const Plan &plan, const QString &fileName)
{
    m_overview->showPlan(plan);
    const QString name = plan.info.name.isEmpty() ? tr("Untitled plan") : plan.info.name;
    setWindowTitle(fileName.isEmpty() ? name
                                      : tr("%1 — %2").arg(name, QFileInfo(fileName).fileName()));
}

} // namespace salesplan::ui
