// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QObject>
#include <QString>

class MainWindow;

/// `rightsize --screenshots DIR`: sizes the window to the screen, shows each page in turn, lets
/// its background work settle, saves the whole window as DIR/<page>.png (requirements,
/// costexplorer, compare, history, routing, evaluations, catalog) and quits. Run under Xvfb at the
/// screen size wanted (tools/screenshots.sh) so that the pictures in docs/ can be re-made and
/// looked at for anything cut off.
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    /// Starts once the event loop runs; the tour is a child of `window`.
    static void start(MainWindow *window, const QString &directory);

private:
    ScreenshotTour(MainWindow *window, QString directory);
    void next();

    MainWindow *m_window;
    QString m_directory;
    int m_page = 0;
};
