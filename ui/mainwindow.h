// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

/// The workbench: a page list on the left, the selected page on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    void addPage(const QString &title, QWidget *page);

    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_pages = nullptr;
};
