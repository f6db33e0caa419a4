#pragma once

#include "plan/plan.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace salesplan::ui {

class OverviewPage;

// The application's main window: a navigator of the plan's sections beside the open section.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    void showPlan(const Plan &plan, const QString &fileName = {});

private:
    void createMenus();
    void createNavigator();

    Plan m_plan;
    QListWidget *m_navigator = nullptr;
    QStackedWidget *m_pages = nullptr;
    OverviewPage *m_overview = nullptr;
};

} // namespace salesplan::ui
