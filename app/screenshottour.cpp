// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "screenshottour.h"

#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QScreen>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {
/// Long enough for a page's worker queries, chart layout and item views to finish.
constexpr int kSettleMs = 700;

const char *fileName(int page)
{
    static const char *const names[] = {"requirements", "costexplorer", "compare", "history",
                                        "routing",      "evaluations",  "catalog"};
    static_assert(std::size(names) == MainWindow::PageCount);
    return names[page];
}
} // namespace

void ScreenshotTour::start(MainWindow *window, const QString &directory)
{
    auto *tour = new ScreenshotTour(window, directory);
    QTimer::singleShot(kSettleMs, tour, &ScreenshotTour::next);
}

ScreenshotTour::ScreenshotTour(MainWindow *window, QString directory)
    : QObject(window)
    , m_window(window)
    , m_directory(std::move(directory))
{
    QDir().mkpath(m_directory);
    if (const QScreen *screen = window->screen())
        window->setGeometry(screen->availableGeometry());
}

void ScreenshotTour::next()
{
    QTextStream err(stderr);
    if (m_page > 0) {
        const QString path =
            QDir(m_directory).filePath(QString::fromLatin1(fileName(m_page - 1)) + QStringLiteral(".png"));
        if (!m_window->grab().save(path)) {
            err << "rightsize: cannot write " << path << '\n';
            QApplication::exit(1);
            return;
        }
        err << path << '\n';
    }
    if (m_page >= MainWindow::PageCount) {
        QApplication::quit();
        return;
    }
    m_window->showPage(m_page++);
    QTimer::singleShot(kSettleMs, this, &ScreenshotTour::next);
}
