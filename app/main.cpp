// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Rightsize"));
    QApplication::setApplicationVersion(QStringLiteral(RIGHTSIZE_VERSION));
    MainWindow window;
    window.show();
    return QApplication::exec();
}
