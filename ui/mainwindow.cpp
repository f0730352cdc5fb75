// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "mainwindow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Rightsize"));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    m_pageList = new QListWidget(central);
    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setFixedWidth(180);
    m_pages = new QStackedWidget(central);
    layout->addWidget(m_pageList);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    const QStringList titles{tr("Requirements"), tr("Cost explorer"), tr("Compare"), tr("History"),
                             tr("Routing"), tr("Evaluations"), tr("Catalog")};
    for (const QString &title : titles) {
        auto *label = new QLabel(tr("%1 is not available in this version yet.").arg(title));
        label->setAlignment(Qt::AlignCenter);
        addPage(title, label);
    }
    m_pageList->setCurrentRow(0);
    statusBar()->showMessage(tr("Ready"));
    resize(1280, 800);
}

void MainWindow::addPage(const QString &title, QWidget *page)
{
    m_pageList->addItem(title);
    m_pages->addWidget(page);
}
