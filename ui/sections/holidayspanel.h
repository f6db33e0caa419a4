#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace salesplan::ui {

class PlanDocument;

// The plan's work calendar: the built-in public holidays it follows, the plan year's days off and
// make-up working days with the user's own changes, and the working days each month gives.
class HolidaysPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HolidaysPanel(PlanDocument *document, QWidget *parent = nullptr);

    // One undo step each: `date` becomes a day off, a working day, or loses the user's change
    // (a built-in day removed becomes the opposite, kept as the user's own).
    void addDayOff(const QDate &date);
    void addWorkday(const QDate &date);
    void removeDay(const QDate &date);
    // Adds the days off of the iCalendar file at `path` over the plan period as one undo step;
    // returns (and shows) how many were added, or the error in words.
    QString importIcs(const QString &path);

private:
    void buildButtons();
    void refresh();
    void refreshList();
    void refreshMonths();
    void chooseDate(bool dayOff);
    void removeSelected();
    void chooseIcsFile();

    PlanDocument *m_document;
    QComboBox *m_calendar;
    QLabel *m_status;
    QTreeWidget *m_days;
    QPushButton *m_remove = nullptr;
    QLabel *m_message;
    QTableWidget *m_months;
};

} // namespace salesplan::ui
