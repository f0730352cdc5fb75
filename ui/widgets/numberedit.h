// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

/// A number field with a range and a unit that reports out-of-range input at the field instead of
/// clamping it: the text stays as typed, a message under the field says what is wrong and which
/// value is still in effect, and only valid values are signalled.
class NumberEdit : public QWidget
{
    Q_OBJECT
public:
    explicit NumberEdit(QWidget *parent = nullptr);

    void setRange(double minimum, double maximum);
    /// Whole numbers only when true.
    void setIntegral(bool integral);
    /// Shown after the field, e.g. "ms".
    void setUnit(const QString &unit);

    /// The value in effect: the last valid one typed or set.
    double value() const { return m_value; }
    /// Shows `value` and clears any error. Leaves the text alone when it already reads as `value`,
    /// so a user's way of typing it is not rewritten under the cursor.
    void setValue(double value);

    /// Whether the text, as typed, is a valid value.
    bool hasAcceptableInput() const { return m_error.isEmpty(); }
    /// The message shown under the field; empty when the text is valid.
    QString errorText() const { return m_error; }
    QLineEdit *lineEdit() const { return m_edit; }

signals:
    /// The user typed a valid value different from the one in effect.
    void valueEdited(double value);

private:
    void onTextEdited(const QString &text);
    void showError(const QString &message);
    QString format(double value) const;

    QLineEdit *m_edit = nullptr;
    QLabel *m_unit = nullptr;
    QWidget *m_messageRow = nullptr;
    QLabel *m_message = nullptr;
    QAction *m_errorAction = nullptr;
    double m_minimum = 0.0;
    double m_maximum = 1.0e9;
    bool m_integral = false;
    double m_value = 0.0;
    QString m_error;
};
