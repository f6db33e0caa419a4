#pragma once

#include "server/teamserver.h"
#include "team/consolidation.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QTableWidget;

namespace salesplan::ui {

// The team's figures as fetched from the team server, to read: the director's allocation, and
// per unit its status, its allocated part of the target (top-down), its own target (bottom-up),
// the gap, its headcount and budget and the version it published; the units together below,
// then the consolidation's findings. Nothing in it is edited or written to a file.
class TeamFiguresDialog : public QDialog
{
    Q_OBJECT
public:
    // `allocation`: the allocation's version, none when the director has published none.
    TeamFiguresDialog(const QString &server, const Consolidation &consolidation,
                      const std::optional<server::PublishedVersion> &allocation,
                      const QHash<QString, server::PublishedVersion> &published,
                      QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QString headline() const;

private:
    void fillTable(const Consolidation &consolidation,
                   const QHash<QString, server::PublishedVersion> &published);

    QLabel *m_headline;
    QTableWidget *m_table;
};

} // namespace salesplan::ui
