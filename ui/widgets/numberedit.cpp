// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "numberedit.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>

#include <cmath>

NumberEdit::NumberEdit(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("lineEdit"));
    m_edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_unit = new QLabel(this);
    m_unit->setObjectName(QStringLiteral("unit"));
    m_unit->setBuddy(m_edit);

    // The message row: a warning icon and the text, both from the style and palette so that it
    // reads in light and dark themes alike.
    m_messageRow = new QWidget(this);
    m_messageRow->setObjectName(QStringLiteral("messageRow"));
    auto *row = new QHBoxLayout(m_messageRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    auto *icon = new QLabel(m_messageRow);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(warning.pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);
    m_message = new QLabel(m_messageRow);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    row->addWidget(icon);
    row->addWidget(m_message, 1);
    m_messageRow->hide();

    // Added to the line edit only while there is an error: a line edit shows its actions' icons
    // regardless of their visibility.
    m_errorAction = new QAction(warning, QString(), this);
    // Wide enough for ten digits with separators (and the warning icon); the unit follows right after.
    // One fixed width for every number field, so that a form's fields line up.
    m_edit->setFixedWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("0,000,000,000")) + 40);

    grid->addWidget(m_edit, 0, 0);
    grid->addWidget(m_unit, 0, 1);
    grid->addWidget(m_messageRow, 1, 0, 1, 3);
    grid->setColumnStretch(2, 1);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textEdited, this, &NumberEdit::onTextEdited);
    // Once the user leaves the field, show a valid value in its canonical form (group separators).
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (hasAcceptableInput())
            m_edit->setText(format(m_value));
    });
}

void NumberEdit::setRange(double minimum, double maximum)
{
    m_minimum = minimum;
    m_maximum = maximum;
}

void NumberEdit::setIntegral(bool integral)
{
    m_integral = integral;
}

void NumberEdit::setUnit(const QString &unit)
{
    m_unit->setText(unit);
    m_unit->setVisible(!unit.isEmpty());
}

void NumberEdit::setValue(double value)
{
    bool ok = false;
    const double shown = QLocale().toDouble(m_edit->text().trimmed(), &ok);
    m_value = value;
    if (!(hasAcceptableInput() && ok && shown == value))
        m_edit->setText(format(value));
    showError({});
}

QString NumberEdit::format(double value) const
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    if (m_integral)
        return locale.toString(qint64(std::llround(value)));
    return locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

void NumberEdit::onTextEdited(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QString inEffect = format(m_value);
    if (trimmed.isEmpty()) {
        showError(tr("Enter a value; still using %1.").arg(inEffect));
        return;
    }
    bool ok = false;
    const double value = QLocale().toDouble(trimmed, &ok);
    if (!ok || !std::isfinite(value)) {
        showError(tr("“%1” is not a number; still using %2.").arg(trimmed, inEffect));
        return;
    }
    if (value < m_minimum || value > m_maximum) {
        showError(tr("Must be between %1 and %2; still using %3.").arg(format(m_minimum), format(m_maximum), inEffect));
        return;
    }
    if (m_integral && value != std::floor(value)) {
        showError(tr("Must be a whole number; still using %1.").arg(inEffect));
        return;
    }
    showError({});
    if (value != m_value) {
        m_value = value;
        emit valueEdited(value);
    }
}

void NumberEdit::showError(const QString &message)
{
    m_error = message;
    m_message->setText(message);
    m_messageRow->setVisible(!message.isEmpty());
    if (message.isEmpty())
        m_edit->removeAction(m_errorAction);
    else if (!m_edit->actions().contains(m_errorAction))
        m_edit->addAction(m_errorAction, QLineEdit::TrailingPosition);
    m_errorAction->setToolTip(message);
    m_edit->setToolTip(message);
    m_edit->setAccessibleDescription(message);
}
