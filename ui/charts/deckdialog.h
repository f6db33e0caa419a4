#pragma once

#include "charts/chartbuilders.h"

#include <QDialog>
#include <QStringList>

class QListWidget;
class QPushButton;

namespace salesplan::ui {

class PlanDocument;

// "Choose slides": which charts a presentation shows and in what order. Every chart is listed,
// the deck's first, each with a check box (a chart without data is marked "(no data)" and is
// not in the default deck); Move up and Move down (or Ctrl+Up/Ctrl+Down) change
// the order. OK writes the deck to the plan as one undo step.
class DeckDialog : public QDialog
{
    Q_OBJECT
public:
    // The document must outlive the dialog.
    explicit DeckDialog(PlanDocument *document, QWidget *parent = nullptr);

    // The keys of the checked charts, in the listed order; empty when they are the charts with
    // data in the default order (the default deck, which also takes charts a later version
    // adds and charts that get data later).
    QStringList chosenDeck() const;

    void accept() override;

private:
    void moveCurrent(int by);
    void updateButtons();

    PlanDocument *m_document;
    QListWidget *m_list = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace salesplan::ui
