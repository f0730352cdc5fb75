// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QObject>

class QWidget;

/// `rightsize --measure-startup`: waits for the first paint of the window (of any widget in it),
/// lets that frame finish, prints the time since the process started and the memory in use as
/// key=value lines on stdout (for tools/measure/startup.sh), then quits the application.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    /// Watches `window` (through an application-wide event filter, removed at the first paint);
    /// the probe is a child of it.
    static void watch(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit StartupProbe(QWidget *window);
    void report();

    QWidget *m_window;
    bool m_painted = false;
};
