#pragma once

#include <QObject>

// Quits the event loop when the system asks the program to end (SIGTERM at logout or from
// `kill`, SIGINT, SIGHUP), so the windows close and the plan's lock file is released as on
// File ▸ Quit. The signal handler only writes a byte to a socket; the quitting happens in the
// event loop. Does nothing where the platform has no such signals.
class TerminationWatcher : public QObject
{
    Q_OBJECT
public:
    explicit TerminationWatcher(QObject *parent = nullptr);
};
