// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "providers/endpoint.h"

#include <QDialog>
#include <QList>

struct Catalog;
class ApiKeyStore;
class ChatClient;
class EndpointStore;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

/// Manages the configured endpoints: add (or adopt one detected on this machine), edit, test the
/// connection (listing the server's models), link to a catalog model, set the key in the keychain,
/// remove. Every change is written to the endpoint store at once; keys go to the keychain only.
class EndpointsDialog : public QDialog
{
    Q_OBJECT
public:
    EndpointsDialog(EndpointStore &store, ApiKeyStore &keys, ChatClient *client, const Catalog &catalog,
                    QWidget *parent = nullptr);

    /// Servers found on this machine, offered to add in one click.
    void setDetectedEndpoints(const QList<Endpoint> &endpoints);
    /// The form's endpoint as it would be saved.
    Endpoint formEndpoint() const;
    void showEndpoint(const Endpoint &endpoint);
    /// Saves the form; the error shown otherwise.
    bool saveForm();
    bool removeSelected();
    void testConnection();

signals:
    void endpointsChanged();
    /// The connection test ended: the models the server lists, or an error.
    void testFinished(const QStringList &models, const QString &error);

private:
    void reloadList();
    void setKey();
    void showMessage(const QString &message);

    EndpointStore &m_store;
    ApiKeyStore &m_keys;
    ChatClient *m_client;
    QList<Endpoint> m_detected;

    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_model = nullptr;
    QComboBox *m_catalogModel = nullptr;
    QLineEdit *m_keyEnv = nullptr;
    QSpinBox *m_timeout = nullptr; ///< the idle timeout
    QSpinBox *m_maxTime = nullptr; ///< 0: no limit
    QComboBox *m_detectedCombo = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_keyStatus = nullptr;
    QPushButton *m_test = nullptr;
};
